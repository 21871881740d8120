import { z } from "zod";
import { countryCode, externalId, isoDate } from "../common/codes.ts";
import { localizedText } from "../common/localized.ts";
import { industryCodes } from "../industries/taxonomy.ts";
import { snippet, stages } from "../organizations/organization.ts";
import { opportunityKinds, opportunityStatuses } from "./kinds.ts";

export {
  type OpportunityKind,
  type OpportunityStatus,
  type OpportunityStatusFilter,
  opportunityKinds,
  opportunityStatuses,
  opportunityStatusFilters,
} from "./kinds.ts";

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
  /** Localized fields that were machine-translated, as "field.locale" ("title.en"); the rest are original. */
  machineTranslated: z.array(z.string()),
});
export type OpportunityView = z.infer<typeof opportunityView>;

/** One search result: the opportunity and, when searched with `q`, where the query matched. */
export const opportunityHit = opportunityView.extend({ snippet: snippet.optional() });
export type OpportunityHit = z.infer<typeof opportunityHit>;

const industryCode = z.string().refine((code) => industryCodes.includes(code), {
  message: "is not an industry code of the taxonomy (contract §6)",
});
const translatable = z.string().regex(/^(title|description)\.(ko|en)$/, {
  message: 'must be a field and language such as "title.en"',
});

const fields = {
  kind: z.enum(opportunityKinds),
  title: localizedText,
  description: localizedText.nullable(),
  industries: z.array(industryCode).max(20),
  tags: z.array(z.string().trim().min(1).max(60)).max(50),
  stages: z.array(z.enum(stages)).max(stages.length),
  markets: z.array(countryCode).max(250),
  deadline: isoDate.nullable(),
  status: z.enum(opportunityStatuses),
  machineTranslated: z.array(translatable).max(4),
};

/**
 * Posting an opportunity (`POST /api/v1/opportunities`). Only the title is required: `kind` defaults to
 * `other`, `status` to `open`, `externalId` to a generated `opp-…`, `ownerId` to the organization the
 * caller acts for.
 */
export const opportunityInput = z
  .object({
    externalId: externalId.optional(),
    ownerId: z.uuid().optional(),
    kind: fields.kind.optional(),
    title: fields.title,
    description: fields.description.optional(),
    industries: fields.industries.optional(),
    tags: fields.tags.optional(),
    stages: fields.stages.optional(),
    markets: fields.markets.optional(),
    deadline: fields.deadline.optional(),
    status: fields.status.optional(),
    machineTranslated: fields.machineTranslated.optional(),
  })
  .strict();
export type OpportunityInput = z.infer<typeof opportunityInput>;

/**
 * Changing an opportunity (`PATCH /api/v1/opportunities/{id}`): only what is sent changes; `null` clears
 * the description or the deadline; `status` closes or reopens it.
 */
export const opportunityChange = z
  .object({
    kind: fields.kind.optional(),
    title: fields.title.optional(),
    description: fields.description.optional(),
    industries: fields.industries.optional(),
    tags: fields.tags.optional(),
    stages: fields.stages.optional(),
    markets: fields.markets.optional(),
    deadline: fields.deadline.optional(),
    status: fields.status.optional(),
    machineTranslated: fields.machineTranslated.optional(),
  })
  .strict();
export type OpportunityChange = z.infer<typeof opportunityChange>;
