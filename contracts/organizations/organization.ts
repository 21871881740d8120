import { z } from "zod";
import { localizedText } from "../common/localized.ts";

export const organizationKinds = [
  "startup",
  "sme",
  "manufacturer",
  "enterprise",
  "big-tech",
  "accelerator",
  "investor",
  "buyer",
  "public-agency",
  "overseas-office",
  "university",
  "research-institute",
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const scopes = ["local", "global"] as const;
export type Scope = (typeof scopes)[number];

export const stages = [
  "idea",
  "pre-seed",
  "seed",
  "series-a",
  "series-b",
  "series-c-plus",
  "growth",
  "public",
] as const;
export type Stage = (typeof stages)[number];

/** What the API returns for one organization. Only public fields: the response schema strips the rest. */
export const organizationView = z.object({
  id: z.string(),
  externalId: z.string(),
  kind: z.enum(organizationKinds),
  scope: z.enum(scopes),
  name: localizedText,
  summary: localizedText.nullable(),
  description: localizedText.nullable(),
  seeking: localizedText.nullable(),
  offering: localizedText.nullable(),
  industries: z.array(z.string()),
  tags: z.array(z.string()),
  stage: z.enum(stages).nullable(),
  foundedYear: z.number().int().nullable(),
  employees: z.number().int().nullable(),
  website: z.string().nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  zone: z.string().nullable(),
  targetMarkets: z.array(z.string()),
  updatedAt: z.string(),
});
export type OrganizationView = z.infer<typeof organizationView>;
