import { z } from "zod";
import { localizedText } from "../common/localized.ts";

/**
 * requested → accepted (or declined) → meeting-held → completed (with an outcome); the requester may
 * withdraw until the meeting. The city or the responsible overseas office brokers each step.
 */
export const introductionStatuses = [
  "requested",
  "accepted",
  "declined",
  "meeting-held",
  "completed",
  "withdrawn",
] as const;
export type IntroductionStatus = (typeof introductionStatuses)[number];

export const introductionOutcomes = ["deal", "investment", "pilot", "contract", "none"] as const;
export type IntroductionOutcome = (typeof introductionOutcomes)[number];

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
    heldOn: z.iso.date(),
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
      .regex(/^[A-Z]{3}$/)
      .optional(),
    note: z.string().trim().max(4000).optional(),
  })
  .strict()
  .refine((report) => (report.amount === undefined) === (report.currency === undefined), {
    message: "amount and currency go together",
    path: ["currency"],
  });
