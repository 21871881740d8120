import { z } from "zod";
import { countryCode } from "../common/codes.ts";
import { listQuery } from "../common/list.ts";
import { localizedText } from "../common/localized.ts";
import {
  attachmentKinds,
  messageVisibilities,
  referralStatuses,
  slaStates,
  supportPriorities,
  supportServices,
  supportStatuses,
} from "./vocabulary.ts";

export * from "./vocabulary.ts";

const ref = z.object({ id: z.string(), name: localizedText });
const person = z.object({ id: z.string(), name: z.string() });

export const attachmentView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(attachmentKinds),
  contentType: z.string(),
  size: z.number().int(),
  /** Where to download it (permission-checked, like the request itself). */
  url: z.string(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

export const messageView = z.object({
  id: z.string(),
  visibility: z.enum(messageVisibilities),
  /** `company`: a member of the requesting company; `office`: office staff or the city; `system`. */
  side: z.enum(["company", "office", "system"]),
  author: z.string(),
  body: z.string(),
  /** People named with @ (internal notes): each got an e-mail. */
  mentions: z.array(person),
  attachments: z.array(attachmentView),
  createdAt: z.string(),
});
export type MessageView = z.infer<typeof messageView>;

/** Status history and, for the office, assignments, priority changes, referrals and SLA events. */
export const supportEventView = z.object({
  kind: z.enum(["status", "assignment", "priority", "referral", "sla"]),
  fromStatus: z.enum(supportStatuses).nullable(),
  toStatus: z.enum(supportStatuses).nullable(),
  actor: z.string(),
  /** A short machine-readable detail: the new assignee's name, the priority, the SLA metric … */
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type SupportEventView = z.infer<typeof supportEventView>;

export const slaClockView = z.object({
  state: z.enum(slaStates),
  /** ISO instant; null while paused or without a target. */
  dueAt: z.string().nullable(),
  /** When the clock stopped (reply or resolution), or null. */
  stoppedAt: z.string().nullable(),
  /** Business minutes left (negative once breached), while running. */
  remainingMinutes: z.number().int().nullable(),
});
export type SlaClockView = z.infer<typeof slaClockView>;

export const referralView = z.object({
  id: z.string(),
  partnerName: z.string(),
  partnerOrganizationId: z.string().nullable(),
  contactEmail: z.string().nullable(),
  note: z.string(),
  status: z.enum(referralStatuses),
  outcome: z.string().nullable(),
  referredBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReferralView = z.infer<typeof referralView>;

/** One row of a list (the queue, my requests): no thread. */
export const supportRequestSummary = z.object({
  id: z.string(),
  /** A short number for people ("#1042"), unique across offices. */
  number: z.number().int(),
  subject: z.string(),
  service: z.enum(supportServices),
  targetMarket: z.string(),
  priority: z.enum(supportPriorities),
  status: z.enum(supportStatuses),
  preferredLanguage: z.enum(["ko", "en"]),
  company: ref,
  office: ref.extend({ timeZone: z.string() }),
  assignee: person.nullable(),
  sla: z.object({ firstResponse: slaClockView, resolution: slaClockView }),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastActivityAt: z.string(),
});
export type SupportRequestSummary = z.infer<typeof supportRequestSummary>;

/** One request with its thread as the caller may see it (a company never sees internal notes). */
export const supportRequestView = supportRequestSummary.extend({
  description: z.string(),
  requestedBy: z.string(),
  firstRespondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Until when the company may reopen it (resolved requests), else null. */
  reopenUntil: z.string().nullable(),
  rating: z
    .object({ score: z.number().int(), comment: z.string().nullable(), ratedAt: z.string() })
    .nullable(),
  attachments: z.array(attachmentView),
  messages: z.array(messageView),
  events: z.array(supportEventView),
  referrals: z.array(referralView),
  /** What the caller may do now; the page shows exactly these, and the service agrees. */
  actions: z.array(z.string()),
});
export type SupportRequestView = z.infer<typeof supportRequestView>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** A company member's request (attachments come as files: multipart on the page, or uploaded after). */
export const supportRequestCreate = z
  .object({
    service: z.enum(supportServices),
    targetMarket: countryCode,
    subject: text(200),
    description: text(20_000),
    preferredLanguage: z.enum(["ko", "en"]),
    /** The company asking, when the member belongs to several; else their acting organization. */
    companyId: z.string().uuid().optional(),
  })
  .strict();
export type SupportRequestCreate = z.infer<typeof supportRequestCreate>;

/** A public reply or an internal note; `mentions` are user ids of the office's staff (internal notes). */
export const messageCreate = z
  .object({
    body: text(20_000),
    visibility: z.enum(messageVisibilities).default("public"),
    mentions: z.array(z.string().min(1).max(64)).max(20).default([]),
  })
  .strict();
export type MessageCreate = z.infer<typeof messageCreate>;

/** A move in the workflow, with an optional public message (required to send back to the company). */
export const transitionCreate = z
  .object({
    to: z.enum(supportStatuses),
    message: z.string().trim().max(20_000).optional(),
  })
  .strict();
export type TransitionCreate = z.infer<typeof transitionCreate>;

/** The office's changes to a request: priority and assignee (null unassigns). */
export const supportRequestPatch = z
  .object({
    priority: z.enum(supportPriorities).optional(),
    assigneeId: z.string().min(1).max(64).nullable().optional(),
  })
  .strict();
export type SupportRequestPatch = z.infer<typeof supportRequestPatch>;

export const bulkAction = z
  .object({
    ids: z.array(z.string().uuid()).min(1, "select at least one request").max(100),
    assigneeId: z.string().min(1).max(64).nullable().optional(),
    priority: z.enum(supportPriorities).optional(),
    status: z.enum(supportStatuses).optional(),
  })
  .strict()
  .refine((b) => b.assigneeId !== undefined || b.priority !== undefined || b.status !== undefined, {
    message: "choose what to change: assignee, priority or status",
    path: ["ids"],
  });
export type BulkAction = z.infer<typeof bulkAction>;

export const bulkResult = z.object({
  updated: z.array(z.string()),
  /** Requests left unchanged and why (a transition not possible from their status …). */
  skipped: z.array(z.object({ id: z.string(), code: z.string(), message: z.string() })),
});
export type BulkResult = z.infer<typeof bulkResult>;

export const ratingCreate = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string().trim().max(4000).optional() })
  .strict();
export type RatingCreate = z.infer<typeof ratingCreate>;

export const referralCreate = z
  .object({
    partnerName: text(200),
    /** The partner's record in the directory, when it has one. */
    partnerOrganizationId: z.string().uuid().optional(),
    /** Where the report-back link goes; without it the office records the outcome itself. */
    contactEmail: z.email("must be an e-mail address").optional(),
    note: text(4000),
  })
  .strict();
export type ReferralCreate = z.infer<typeof referralCreate>;

/** The outcome of a referral, by the office or by the partner through the report-back link. */
export const referralReport = z
  .object({
    status: z.enum(["accepted", "declined", "completed"]),
    outcome: z.string().trim().max(4000).optional(),
  })
  .strict();
export type ReferralReport = z.infer<typeof referralReport>;

export const queueSorts = ["due", "created", "updated", "priority"] as const;

/** The office queue and "my requests": `scope` `mine` is the acting company's, `office` the staff's queue. */
export const supportRequestListQuery = listQuery.extend({
  scope: z.enum(["mine", "office"]).optional(),
  office: z.string().uuid().optional(),
  status: z.union([z.enum(supportStatuses), z.literal("open")]).optional(),
  priority: z.enum(supportPriorities).optional(),
  service: z.enum(supportServices).optional(),
  market: countryCode.optional(),
  /** `me`, `none` or a user id. */
  assignee: z.string().min(1).max(64).optional(),
  /** `breached` (a clock breached), `at-risk` (due within the warning window). */
  sla: z.enum(["breached", "at-risk"]).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(queueSorts).default("due"),
});
export type SupportRequestListQuery = z.infer<typeof supportRequestListQuery>;
