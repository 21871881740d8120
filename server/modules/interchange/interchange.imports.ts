import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Locale } from "../../../contracts/common/localized.ts";
import type { ImportSummary, ImportView } from "../../../contracts/interchange/import.ts";
import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import {
  failSilentImports,
  findImport,
  type ImportRow,
  insertImport,
  listImports,
  updateRunningImport,
} from "./imports.repository.ts";
import { createLineParser, splitLines } from "./interchange.parse.ts";
import { canImport } from "./interchange.policy.ts";
import { checkReferences } from "./interchange.references.ts";
import { writeRecords } from "./interchange.writer.ts";

/** Lines validated between two looks at the event loop (and two chances to report progress). */
const SLICE = 1000;
/** At most one progress write per this many milliseconds: the bar moves, the database is not flooded. */
const PROGRESS_INTERVAL_MS = 200;
// Progress is reported several times a second while an import runs; a minute of silence means its process is gone.
const SILENT_MS = 60_000;
/** An invalid file keeps this many problems for its report; `problemCount` says how many there were. */
export const KEPT_PROBLEMS = 5000;

export type ImportsLog = { error(details: object, message: string): void };
export type StartImport = { fileName: string; text: string; locale?: Locale | undefined };

function toSummary(row: Omit<ImportRow, "problems">): ImportSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    phase: row.status === "running" ? ((row.phase as ImportSummary["phase"]) ?? "validating") : null,
    totalLines: row.totalLines,
    processedLines: row.processedLines,
    counts: (row.counts as ImportSummary["counts"]) ?? null,
    problemCount: row.problemCount,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

const toView = (row: ImportRow): ImportView => ({ ...toSummary(row), problems: row.problems ?? [] });

/**
 * Imports uploaded on the admin page (or `POST /api/v1/imports`): the request only records the
 * upload; validation and writing continue in the background of this process, reporting progress to
 * the `interchange_imports` row. Same rules as `import()`: everything is validated before anything is
 * written, the write is one transaction, audited in it.
 */
export function createImports({ db, audit, log }: { db: Db; audit: AuditService; log?: ImportsLog }) {
  const running = new Map<string, Promise<void>>();

  /** Progress of one phase, written at most every PROGRESS_INTERVAL_MS through `db` (never a transaction). */
  function progressOf(id: string) {
    let last = 0;
    return async (processed: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      await updateRunningImport(db, id, { processedLines: processed });
    };
  }

  async function run(
    id: string,
    caller: Caller,
    input: { fileName: string; rows: string[]; total: number; locale: Locale },
  ) {
    const { fileName, rows, total, locale } = input;
    const parser = createLineParser(locale);
    const report = progressOf(id);
    let checked = 0;
    for (let start = 0; start < rows.length; start += SLICE) {
      const end = Math.min(rows.length, start + SLICE);
      for (let index = start; index < end; index++) {
        const raw = rows[index]!;
        parser.add(raw, index + 1);
        if (/\S/.test(raw)) checked++;
      }
      await report(checked);
      // Other requests are served between slices: a 200 MB file must not freeze the site.
      await yieldToEventLoop();
    }
    rows.length = 0;
    const { lines, references, problems } = parser;
    problems.push(...(await checkReferences(db, references, locale)));
    if (problems.length > 0) {
      problems.sort((a, b) => a.line - b.line);
      await updateRunningImport(db, id, {
        status: "invalid",
        phase: null,
        processedLines: total,
        problems: problems.slice(0, KEPT_PROBLEMS),
        problemCount: problems.length,
        finishedAt: new Date(),
      });
      return;
    }
    await updateRunningImport(db, id, { phase: "writing", processedLines: 0 });
    await writeRecords(
      db,
      lines.map((line) => line.record),
      async (tx, counts) => {
        await audit.record(
          caller,
          {
            action: "interchange.import",
            resourceType: "interchange",
            resourceId: id,
            after: { fileName, lines: lines.length, counts },
          },
          tx,
        );
        // In the same transaction: "done" is true exactly when the records are there.
        await updateRunningImport(tx, id, {
          status: "done",
          phase: null,
          processedLines: total,
          counts,
          finishedAt: new Date(),
        });
      },
      progressOf(id),
    );
  }

  return {
    /**
     * Records the upload and starts it in the background; returns at once with the import as it
     * starts (status `running`, phase `validating`). Follow it with `getImport`.
     */
    async startImport(caller: Caller | undefined, input: StartImport): Promise<ImportView> {
      authorize(caller?.actor, canImport);
      const rows = splitLines(input.text);
      const total = rows.reduce((n, raw) => (/\S/.test(raw) ? n + 1 : n), 0);
      const fileName = input.fileName.trim().slice(0, 255) || "import.jsonl";
      const row = await insertImport(db, { fileName, totalLines: total, createdBy: caller.actor.label });
      const job = run(row.id, caller, { fileName, rows, total, locale: input.locale ?? "en" })
        .catch(async (error: unknown) => {
          log?.error({ err: error, importId: row.id }, "import failed");
          await updateRunningImport(db, row.id, { status: "failed", phase: null, finishedAt: new Date() });
        })
        .catch((error: unknown) => log?.error({ err: error, importId: row.id }, "import not marked failed"))
        .finally(() => running.delete(row.id));
      running.set(row.id, job);
      return toView(row);
    },

    async getImport(caller: Caller | undefined, id: string): Promise<ImportView> {
      authorize(caller?.actor, canImport);
      if (!isUuid(id)) throw notFound();
      await failSilentImports(db, SILENT_MS);
      const row = await findImport(db, id);
      if (!row) throw notFound();
      return toView(row);
    },

    /** Recent imports, newest first. */
    async listImports(
      caller: Caller | undefined,
      page: { limit: number; offset: number },
    ): Promise<{ items: ImportSummary[]; total: number }> {
      authorize(caller?.actor, canImport);
      await failSilentImports(db, SILENT_MS);
      const { rows, total } = await listImports(db, page);
      return { items: rows.map(toSummary), total };
    },

    /** Resolves when the background work of an import of this process has ended (at once if none). */
    async waitFor(id: string): Promise<void> {
      await running.get(id);
    },

    /**
     * An import still `running` that has not reported progress for a while belonged to a process that is
     * gone (its transaction rolled back): marked failed. Run at start-up and whenever imports are read.
     */
    failInterrupted(): Promise<number> {
      return failSilentImports(db, SILENT_MS);
    },
  };
}
