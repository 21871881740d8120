import { z } from "zod";
import { localizedText } from "../common/localized.ts";
import { stages } from "../organizations/organization.ts";

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

export const opportunityView = z.object({
  id: z.string(),
  externalId: z.string(),
  owner: z.object({ id: z.string(), externalId: z.string(), name: localizedText }),
  kind: z.enum(opportunityKinds),
  title: localizedText,
  description: localizedText.nullable(),
  industries: z.array(z.string()),
  tags: z.array(z.string()),
  stages: z.array(z.enum(stages)),
  markets: z.array(z.string()),
  deadline: z.string().nullable(),
  status: z.enum(opportunityStatuses),
});
export type OpportunityView = z.infer<typeof opportunityView>;
