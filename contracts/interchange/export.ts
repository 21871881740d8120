import { z } from "zod";
import { countryCode } from "../common/codes.ts";
import { organizationKinds, scopes, stages } from "../organizations/organization.ts";

export const exportFormats = ["jsonl", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * The directory's filters, as an export of "what I am looking at" takes them: the query parameters of
 * `/directory/export` and the flags of `gateway export`.
 */
export const organizationExportFilter = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(organizationKinds).optional(),
  scope: z.enum(scopes).optional(),
  industry: z.string().trim().min(1).max(100).optional(),
  zone: z.string().trim().min(1).max(100).optional(),
  stage: z.enum(stages).optional(),
  country: countryCode.optional(),
  market: countryCode.optional(),
});
export type OrganizationExportFilter = z.infer<typeof organizationExportFilter>;
export const organizationFilterNames = Object.keys(
  organizationExportFilter.shape,
) as (keyof OrganizationExportFilter)[];

/**
 * Reads each filter on its own: the filter of the values that are right, and the names of those that
 * are not (a page leaves them out; the CLI refuses them). Empty values mean "no filter".
 */
export function readOrganizationFilter(value: (name: string) => string | null | undefined): {
  filter: OrganizationExportFilter;
  wrong: (keyof OrganizationExportFilter)[];
} {
  const filter: Record<string, string> = {};
  const wrong: (keyof OrganizationExportFilter)[] = [];
  for (const name of organizationFilterNames) {
    const raw = value(name)?.trim();
    if (!raw) continue;
    const parsed = organizationExportFilter.shape[name].safeParse(
      name === "country" || name === "market" ? raw.toUpperCase() : raw,
    );
    if (parsed.success && parsed.data !== undefined) filter[name] = parsed.data;
    else wrong.push(name);
  }
  return { filter: filter as OrganizationExportFilter, wrong };
}
