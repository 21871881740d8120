/*
 * The states and outcomes of an introduction, Zod-free so the pages can import them without shipping Zod
 * to the browser (its probe `Function("")` is refused by the strict CSP). introduction.ts re-exports them.
 */

/**
 * requested → accepted (or declined) → meeting-held → completed (with an outcome); the requester may
 * withdraw until the meeting, and a broker may close (decline) an accepted one whose meeting will not
 * happen. The city or the responsible overseas office brokers each step.
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

/** Open introductions: a second one for the same company, partner and opportunity is refused. */
export const openIntroductionStatuses = ["requested", "accepted", "meeting-held"] as const;
