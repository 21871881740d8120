/**
 * The opportunity vocabulary without Zod, safe to ship to the browser (the strict CSP forbids what Zod
 * probes for). `opportunity.ts` re-exports it next to the schemas.
 */
export const opportunityKinds = [
  "oem-sourcing",
  "procurement",
  "investment",
  "program",
  "pilot",
  "distribution",
  "event",
  "other",
] as const;
export type OpportunityKind = (typeof opportunityKinds)[number];

export const opportunityStatuses = ["open", "closed"] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];

/**
 * What a list asks for: `open` (status open and the deadline, a day in Korea, not passed), `closed`
 * (closed, or open past its deadline), or `all`, the API's default (contract §4); the public pages
 * ask for `open`.
 */
export const opportunityStatusFilters = ["open", "closed", "all"] as const;
export type OpportunityStatusFilter = (typeof opportunityStatusFilters)[number];

/** Localized fields whose languages can be marked machine-translated ("title.en"). */
export const opportunityTextFields = ["title", "description"] as const;
export type OpportunityTextField = (typeof opportunityTextFields)[number];
