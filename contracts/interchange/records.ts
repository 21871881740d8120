import { z } from "zod";
import { countryCode, externalId, isoDate, kebabCode } from "../common/codes.ts";
import { localizedText } from "../common/localized.ts";
import { industryCodes } from "../industries/taxonomy.ts";
import { opportunityKinds, opportunityStatuses } from "../opportunities/opportunity.ts";
import { organizationKinds, scopes, stages } from "../organizations/organization.ts";

/** Interchange format v1 (contract §5): one JSON object per line. Unknown fields are errors. */

const industryCode = z.string().refine((code) => industryCodes.includes(code), {
  message: "is not an industry code of the taxonomy (contract §6)",
});
const tag = z.string().trim().min(1).max(60);
const optionalText = localizedText.optional();

export const zoneRecord = z
  .object({
    type: z.literal("zone"),
    code: kebabCode,
    name: localizedText,
    designation: optionalText,
  })
  .strict();

export const organizationRecord = z
  .object({
    type: z.literal("organization"),
    externalId,
    kind: z.enum(organizationKinds),
    scope: z.enum(scopes),
    name: localizedText,
    summary: optionalText,
    description: optionalText,
    seeking: optionalText,
    offering: optionalText,
    industries: z.array(industryCode).max(20).optional(),
    tags: z.array(tag).max(50).optional(),
    stage: z.enum(stages).optional(),
    foundedYear: z.number().int().min(1800).max(2100).optional(),
    employees: z.number().int().min(0).max(10_000_000).optional(),
    website: z.url({ protocol: /^https?$/ }).optional(),
    country: countryCode.optional(),
    city: z.string().trim().min(1).max(100).optional(),
    zone: kebabCode.optional(),
    targetMarkets: z.array(countryCode).max(250).optional(),
  })
  .strict();

export const opportunityRecord = z
  .object({
    type: z.literal("opportunity"),
    externalId,
    owner: externalId,
    kind: z.enum(opportunityKinds),
    title: localizedText,
    description: optionalText,
    industries: z.array(industryCode).max(20).optional(),
    tags: z.array(tag).max(50).optional(),
    stages: z.array(z.enum(stages)).optional(),
    markets: z.array(countryCode).max(250).optional(),
    deadline: isoDate.optional(),
    status: z.enum(opportunityStatuses).optional(),
  })
  .strict();

export const interchangeRecord = z.discriminatedUnion("type", [
  zoneRecord,
  organizationRecord,
  opportunityRecord,
]);

export type ZoneRecord = z.infer<typeof zoneRecord>;
export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type OpportunityRecord = z.infer<typeof opportunityRecord>;
export type InterchangeRecord = z.infer<typeof interchangeRecord>;
export const recordTypes = ["zone", "organization", "opportunity"] as const;
export type RecordType = (typeof recordTypes)[number];
