import type { Locale } from "../../../contracts/common/locale-text.ts";
import { errorMessages } from "../../../contracts/errors.ts";
import type { BulkAction, BulkResult } from "../../../contracts/support-requests/support-request.ts";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { localizeMessage } from "../../platform/i18n.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { canSeeCase, isCity, isOfficeSide, staffOfficesOf } from "./support-requests.policy.ts";
import { lockCase, partiesOf } from "./support-requests.repository.ts";
import type { WriteOptions } from "./support-requests.service.ts";
import { applyTransition, applyUpdate, type CaseContext, type WorkflowDeps } from "./workflow.ts";

/** The bulk actions of the office queue: the city, or staff of an office. */
export const canWorkQueue = (actor: Actor) => isCity(actor) || staffOfficesOf(actor).length > 0;

/** The bulk input names the status `status`, where a single transition names it `to`. */
const bulkField = (field: string) => (field === "to" ? "status" : field);

/** A refusal as the person reads it: the code's summary and the fields, in their language. */
function explain(error: AppError, locale: Locale): string {
  const summary = errorMessages[error.code][locale];
  if (!error.fields?.length) return summary;
  const fields = error.fields.map((f) => `${bulkField(f.field)}: ${localizeMessage(f.message, locale)}`);
  return `${summary} ${fields.join("; ")}`;
}

/**
 * The same change to many requests of the queue: each one in its own transaction, through the same checks,
 * history, audit and mail as one at a time, so one refusal leaves the others done. Requests the caller
 * cannot see are skipped as NOT_FOUND, like any unknown id.
 */
export async function runBulk(
  db: Db,
  deps: WorkflowDeps,
  caller: Caller | undefined,
  input: BulkAction,
  options: WriteOptions,
): Promise<BulkResult> {
  authorize(caller?.actor, canWorkQueue);
  const locale = options.locale ?? "ko";
  const now = options.now ?? new Date();
  const result: BulkResult = { updated: [], skipped: [] };
  for (const id of new Set(input.ids)) {
    try {
      await db.transaction(async (tx) => {
        if (!isUuid(id)) throw notFound();
        const record = await lockCase(tx, id);
        if (!record || !canSeeCase(caller.actor, partiesOf(record))) throw notFound();
        if (!isOfficeSide(caller.actor, partiesOf(record))) throw new AppError("FORBIDDEN");
        const ctx: CaseContext = { deps, caller, tx, now, locale: options.locale };
        let current = record;
        if (input.assigneeId !== undefined || input.priority !== undefined) {
          const patch = {
            ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
            ...(input.priority !== undefined ? { priority: input.priority } : {}),
          };
          current = await applyUpdate(ctx, current, patch);
        }
        if (input.status !== undefined) current = await applyTransition(ctx, current, { to: input.status });
      });
      result.updated.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.skipped.push({ id, code: error.code, message: explain(error, locale) });
    }
  }
  return result;
}
