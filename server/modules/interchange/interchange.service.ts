import type { Locale } from "../../../contracts/common/localized.ts";
import type { Db } from "../../db/client.ts";
import { CSV_BOM, csvHeader, csvRow } from "./interchange.csv.ts";
import { exportOpportunities, exportOrganizations, exportZones } from "./interchange.export.ts";
import { type LineProblem, parseInterchange } from "./interchange.parse.ts";
import { checkReferences } from "./interchange.references.ts";
import { type ImportCounts, writeRecords } from "./interchange.writer.ts";

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problems: LineProblem[] };
export type ExportOptions = { format: "jsonl" | "csv"; type?: "organization" | "opportunity" };

export function createInterchangeService({ db }: { db: Db }) {
  return {
    /** Validates the whole file first; writes nothing unless every line is valid (contract §3). */
    async import(text: string, options: { locale?: Locale } = {}): Promise<ImportResult> {
      const locale = options.locale ?? "en";
      const { lines, references, problems } = parseInterchange(text, locale);
      problems.push(...(await checkReferences(db, references, locale)));
      if (problems.length > 0) {
        // A stable sort keeps each line's problems in the order its fields were checked.
        return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
      }
      return {
        ok: true,
        counts: await writeRecords(
          db,
          lines.map((l) => l.record),
        ),
      };
    },

    /** Streams the export line by line; JSONL without a type holds zones, organizations and opportunities. */
    async *export(options: ExportOptions): AsyncGenerator<string> {
      if (options.format === "csv") {
        const type = options.type ?? "organization";
        yield CSV_BOM + csvHeader(type);
        const records = type === "organization" ? exportOrganizations(db) : exportOpportunities(db);
        for await (const record of records) yield csvRow(type, record);
        return;
      }
      const sources =
        options.type === "organization"
          ? [exportOrganizations(db)]
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
