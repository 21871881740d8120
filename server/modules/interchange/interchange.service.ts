import type { Locale } from "../../../contracts/common/localized.ts";
import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { CSV_BOM, csvHeader, csvRow } from "./interchange.csv.ts";
import {
  exportOpportunities,
  exportOrganizations,
  exportOrganizationsByIds,
  exportZones,
} from "./interchange.export.ts";
import { createImports, type ImportsLog } from "./interchange.imports.ts";
import { type LineProblem, parseInterchange } from "./interchange.parse.ts";
import { canImport } from "./interchange.policy.ts";
import { checkReferences } from "./interchange.references.ts";
import { type ImportCounts, writeRecords } from "./interchange.writer.ts";

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problems: LineProblem[] };
export type ExportOptions = {
  format: "jsonl" | "csv";
  type?: "organization" | "opportunity";
  /**
   * Only these organizations, in this order (a directory filter's, from `organizations.matchingIds`).
   * Applies to organizations: the type becomes `organization`.
   */
  organizationIds?: readonly string[] | undefined;
};

export function createInterchangeService({
  db,
  audit,
  log,
}: {
  db: Db;
  audit: AuditService;
  log?: ImportsLog | undefined;
}) {
  return {
    ...createImports({ db, audit, ...(log ? { log } : {}) }),

    /**
     * Validates the whole file first; writes nothing unless every line is valid (contract §3).
     * The import and its audit record commit together.
     */
    async import(
      caller: Caller | undefined,
      text: string,
      options: { locale?: Locale } = {},
    ): Promise<ImportResult> {
      authorize(caller?.actor, canImport);
      const locale = options.locale ?? "en";
      const { lines, references, problems } = parseInterchange(text, locale);
      problems.push(...(await checkReferences(db, references, locale)));
      if (problems.length > 0) {
        // A stable sort keeps each line's problems in the order its fields were checked.
        return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
      }
      const counts = await writeRecords(
        db,
        lines.map((l) => l.record),
        (tx, written) =>
          audit.record(
            caller,
            {
              action: "interchange.import",
              resourceType: "interchange",
              after: { lines: lines.length, counts: written },
            },
            tx,
          ),
      );
      return { ok: true, counts };
    },

    /** Streams the export line by line; JSONL without a type holds zones, organizations and opportunities. */
    async *export(options: ExportOptions): AsyncGenerator<string> {
      const ids = options.organizationIds;
      const organizationsOf = () => (ids ? exportOrganizationsByIds(db, ids) : exportOrganizations(db));
      if (options.format === "csv") {
        const type = ids ? "organization" : (options.type ?? "organization");
        yield CSV_BOM + csvHeader(type);
        const records = type === "organization" ? organizationsOf() : exportOpportunities(db);
        for await (const record of records) yield csvRow(type, record);
        return;
      }
      const sources =
        ids || options.type === "organization"
          ? [organizationsOf()]
          : options.type === "opportunity"
            ? [exportOpportunities(db)]
            : [exportZones(db), exportOrganizations(db), exportOpportunities(db)];
      for (const source of sources) {
        for await (const record of source) yield `${JSON.stringify(record)}\n`;
      }
    },
  };
}
export type InterchangeService = ReturnType<typeof createInterchangeService>;
