import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { authorize } from "../../platform/policy.ts";
import { auditCsvHeader, auditCsvRow, CSV_BOM } from "./audit.csv.ts";
import { canReadAudit } from "./audit.policy.ts";
import {
  type AuditFilter,
  auditEventsBefore,
  insertAuditEvent,
  listAuditEvents,
  type Writer,
} from "./audit.repository.ts";

export type AuditChange = {
  action: string;
  resourceType: string;
  resourceId?: string | undefined;
  before?: unknown;
  after?: unknown;
};
export type { AuditFilter, Writer as AuditWriter };

/** Rows read per query while exporting: memory stays flat however long the log is. */
const EXPORT_PAGE = 1000;

export function createAuditService({ db }: { db: Db }) {
  return {
    /** Records one write: who, for which organization, from where, what, before and after. */
    async record(caller: Caller, change: AuditChange, writer: Writer = db): Promise<void> {
      await insertAuditEvent(writer, {
        actorKind: caller.actor.kind,
        actorId: caller.actor.id,
        actorLabel: caller.actor.label,
        organizationId: caller.actor.organizationId ?? null,
        action: change.action,
        resourceType: change.resourceType,
        resourceId: change.resourceId ?? null,
        before: change.before ?? null,
        after: change.after ?? null,
        ip: caller.ip ?? null,
        userAgent: caller.userAgent ?? null,
      });
    },

    async list(caller: Caller | undefined, filter: AuditFilter, page: { limit: number; offset: number }) {
      authorize(caller?.actor, canReadAudit);
      const { rows, total } = await listAuditEvents(db, filter, page);
      return {
        items: rows.map((row) => ({
          ...row,
          at: row.at.toISOString(),
          before: row.before ?? null,
          after: row.after ?? null,
        })),
        total,
      };
    },

    /**
     * The filtered log as CSV (UTF-8 with BOM, CRLF, formula-safe cells), newest first, streamed page by
     * page. Permission is checked when called, before the first line, so a refusal is a plain error.
     */
    exportCsv(
      caller: Caller | undefined,
      filter: AuditFilter,
      options: { pageSize?: number } = {},
    ): AsyncGenerator<string> {
      authorize(caller?.actor, canReadAudit);
      const pageSize = options.pageSize ?? EXPORT_PAGE;
      return (async function* () {
        yield CSV_BOM + auditCsvHeader();
        let before: string | undefined;
        for (;;) {
          const rows = await auditEventsBefore(db, filter, before, pageSize);
          // One chunk per page: a few hundred kilobytes per write instead of a write per row.
          if (rows.length > 0) yield rows.map(auditCsvRow).join("");
          if (rows.length < pageSize) return;
          before = rows.at(-1)!.id;
        }
      })();
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
