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
  /** The logo as a resized WebP image, or null. */
  logoUrl: z.string().nullable(),
  /** Localized fields that were machine-translated, as "field.locale" ("summary.en"); the rest are original. */
  machineTranslated: z.array(z.string()),
  /** When the city last confirmed this profile. */
  verifiedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Only for signed-in partners, overseas offices, the city and the organization's own members. */
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }).optional(),
});
export type OrganizationView = z.infer<typeof organizationView>;

/** A highlighted piece of text: `match` parts are what the search found. Plain text, never HTML. */
export const snippet = z.object({
  field: z.string(),
  locale: z.enum(["ko", "en"]),
  parts: z.array(z.object({ text: z.string(), match: z.literal(true).optional() })),
});
export type Snippet = z.infer<typeof snippet>;

/** One search result: the organization and, when searched with `q`, where the query matched. */
export const organizationHit = organizationView.extend({ snippet: snippet.optional() });
export type OrganizationHit = z.infer<typeof organizationHit>;

export const facetNames = ["kind", "scope", "industry", "zone", "stage", "country", "market"] as const;
export type FacetName = (typeof facetNames)[number];
/** Counts per value for each facet under the current filters; a facet ignores its own filter. */
export const facetCounts = z.object(
  Object.fromEntries(
    facetNames.map((name) => [name, z.array(z.object({ value: z.string(), count: z.number().int() }))]),
  ) as Record<FacetName, z.ZodArray<z.ZodObject<{ value: z.ZodString; count: z.ZodNumber }>>>,
);
export type FacetCounts = z.infer<typeof facetCounts>;
