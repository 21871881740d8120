import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { authorize } from "../../platform/policy.ts";
import { canReadAudit } from "./audit.policy.ts";
import { type AuditFilter, insertAuditEvent, listAuditEvents, type Writer } from "./audit.repository.ts";

export type AuditChange = {
  action: string;
  resourceType: string;
  resourceId?: string | undefined;
  before?: unknown;
  after?: unknown;
};
export type { Writer as AuditWriter };

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
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
