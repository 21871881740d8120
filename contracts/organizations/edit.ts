import { z } from "zod";
import { countryCode, kebabCode } from "../common/codes.ts";
import { localizedText } from "../common/localized.ts";
import { industryCodes } from "../industries/taxonomy.ts";
import { stages } from "./organization.ts";

/** Localized fields whose languages can be marked machine-translated ("summary.en"). */
const translatable = z.string().regex(/^(name|summary|description|seeking|offering)\.(ko|en)$/, {
  message: 'must be a field and language such as "summary.en"',
});

const text = localizedText.nullable().optional();

/**
 * What members may change on their organization's profile. Every field is optional: only what is sent
 * changes. `null` clears an optional field.
 */
export const organizationEdit = z
  .object({
    name: localizedText.optional(),
    summary: text,
    description: text,
    seeking: text,
    offering: text,
    industries: z
      .array(
        z.string().refine((code) => industryCodes.includes(code), { message: "is not an industry code" }),
      )
      .max(20)
      .optional(),
    tags: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
    stage: z.enum(stages).nullable().optional(),
    foundedYear: z.number().int().min(1800).max(2100).nullable().optional(),
    employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .nullable()
      .optional(),
    country: countryCode.nullable().optional(),
    city: z.string().trim().min(1).max(100).nullable().optional(),
    zone: kebabCode.nullable().optional(),
    targetMarkets: z.array(countryCode).max(250).optional(),
    machineTranslated: z.array(translatable).max(10).optional(),
    contactEmail: z.email().max(200).nullable().optional(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,30}$/, "must be a phone number such as +82 53-120-1234")
      .nullable()
      .optional(),
    registrationNumber: z
      .string()
      .trim()
      .transform((value) => value.replace(/-/g, ""))
      .pipe(z.string().regex(/^\d{10}$/, "must be 10 digits (000-00-00000)"))
      .nullable()
      .optional(),
  })
  .strict();
export type OrganizationEdit = z.infer<typeof organizationEdit>;

/** Fields anyone can see: changing them puts the edit in the city's review queue. */
export const publicFields = [
  "name",
  "summary",
  "description",
  "seeking",
  "offering",
  "industries",
  "tags",
  "stage",
  "foundedYear",
  "employees",
  "website",
  "country",
  "city",
  "zone",
  "targetMarkets",
] as const;

export const revisionView = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), externalId: z.string(), name: localizedText }),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  status: z.enum(["pending", "approved", "reverted"]),
  editedBy: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type RevisionView = z.infer<typeof revisionView>;

export const revisionDecision = z.object({ note: z.string().trim().max(500).optional() }).strict();

export const duplicateReasons = ["registration-number", "domain", "name"] as const;
export const duplicateGroup = z.object({
  reason: z.enum(duplicateReasons),
  key: z.string(),
  organizations: z.array(
    z.object({
      id: z.string(),
      externalId: z.string(),
      name: localizedText,
      kind: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
export type DuplicateGroup = z.infer<typeof duplicateGroup>;

/** One duplicate (`duplicateId`) or several at once (`duplicateIds`, all or none). */
export const mergeRequest = z
  .object({ duplicateId: z.uuid().optional(), duplicateIds: z.array(z.uuid()).min(1).max(50).optional() })
  .strict()
  .refine((body) => (body.duplicateId === undefined) !== (body.duplicateIds === undefined), {
    message: "needs duplicateId or duplicateIds",
    path: ["duplicateId"],
  });
