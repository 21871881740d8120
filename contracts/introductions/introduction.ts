import { z } from "zod";
import { isoDate } from "../common/codes.ts";
import { listQuery } from "../common/list.ts";
import { localizedText } from "../common/localized.ts";

import { introductionOutcomes, introductionStatuses } from "./states.ts";

export {
  type IntroductionOutcome,
  type IntroductionStatus,
  introductionOutcomes,
  introductionStatuses,
  openIntroductionStatuses,
} from "./states.ts";

const organizationRef = z.object({ id: z.string(), externalId: z.string(), name: localizedText });

export const introductionView = z.object({
  id: z.string(),
  status: z.enum(introductionStatuses),
  opportunity: z.object({ id: z.string(), externalId: z.string(), title: localizedText }).nullable(),
  company: organizationRef,
  partner: organizationRef,
  /** The side whose member asked (the company's or the partner's id). */
  requestedFor: z.string(),
  office: organizationRef.nullable(),
  message: z.string(),
  brokerMessage: z.string().nullable(),
  meetingOn: z.string().nullable(),
  outcome: z.enum(introductionOutcomes).nullable(),
  /** A decimal string ("250000.00"), so large amounts keep every digit. */
  outcomeAmount: z.string().nullable(),
  outcomeCurrency: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(
    z.object({
      status: z.enum(introductionStatuses),
      actor: z.string(),
      message: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type IntroductionView = z.infer<typeof introductionView>;

export const introductionRequest = z
  .object({
    /** About this opportunity: the partner is its owner. */
    opportunityId: z.string().uuid().optional(),
    /** The company, when a partner asks. */
    companyId: z.string().uuid().optional(),
    /** The partner, when a company asks without an opportunity. */
    partnerId: z.string().uuid().optional(),
    message: z.string().trim().min(1).max(4000),
  })
  .strict();
export type IntroductionRequest = z.infer<typeof introductionRequest>;

export const introductionDecision = z.object({ message: z.string().trim().min(1).max(4000) }).strict();

export const meetingReport = z
  .object({
    heldOn: isoDate,
    note: z.string().trim().max(4000).optional(),
  })
  .strict();

export const outcomeReport = z
  .object({
    outcome: z.enum(introductionOutcomes),
    amount: z.coerce.number().positive().max(1e15).optional(),
    /** ISO 4217, three capital letters. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as USD or KRW")
      .optional(),
    note: z.string().trim().max(4000).optional(),
  })
  .strict()
  .refine((report) => (report.amount === undefined) === (report.currency === undefined), {
    message: "amount and currency go together",
    path: ["currency"],
  });
export type IntroductionDecision = z.infer<typeof introductionDecision>;
export type MeetingReport = z.infer<typeof meetingReport>;
export type OutcomeReport = z.infer<typeof outcomeReport>;

/** The requesting side takes its request back, with an optional word why. */
export const introductionWithdrawal = z.object({ message: z.string().trim().max(4000).optional() }).strict();
export type IntroductionWithdrawal = z.infer<typeof introductionWithdrawal>;

/** `mine`: the acting organization is the company or the partner; `broker`: those the caller brokers. */
export const introductionListRoles = ["mine", "broker"] as const;
export type IntroductionListRole = (typeof introductionListRoles)[number];

export const introductionListQuery = listQuery.extend({
  status: z.enum(introductionStatuses).optional(),
  role: z.enum(introductionListRoles).optional(),
});
export type IntroductionListQuery = z.infer<typeof introductionListQuery>;
