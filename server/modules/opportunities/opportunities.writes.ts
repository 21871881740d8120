import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type {
  OpportunityChange,
  OpportunityInput,
  OpportunityView,
} from "../../../contracts/opportunities/opportunity.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { opportunityDerived } from "./opportunities.derived.ts";
import { canManageOpportunity, canPostFor, mayManageSome, mayPost } from "./opportunities.policy.ts";
import { externalIdTaken, findOpportunity, findOwner, type OwnerRow } from "./opportunities.repository.ts";
import { opportunities } from "./opportunities.table.ts";
import { keptMarks, publicFields, toView } from "./opportunities.view.ts";

type Deps = { db: Db; audit: AuditService };

/** Posting, changing (closing, reopening) and deleting opportunities; each authorized and audited. */
export function createOpportunityWrites({ db, audit }: Deps) {
  /** The organization to post for: the one asked for, else the one the actor acts for, if it may post. */
  async function ownerFor(actor: Actor, ownerId: string | undefined): Promise<OwnerRow> {
    if (ownerId !== undefined) {
      const owner = await findOwner(db, ownerId);
      if (!owner) throw invalid("ownerId", "is not an organization of the directory");
      return owner;
    }
    const candidates = [
      actor.organizationId,
      ...(actor.memberships ?? [])
        .filter((m) => m.actsAs === "partner-member" || m.actsAs === "office-staff")
        .map((m) => m.organizationId),
    ].filter((id): id is string => id !== undefined);
    let first: OwnerRow | undefined;
    for (const id of new Set(candidates)) {
      const owner = await findOwner(db, id);
      if (owner && canPostFor(actor, owner)) return owner;
      first ??= owner;
    }
    if (first) return first;
    throw invalid("ownerId", "is required");
  }

  return {
    async create(caller: Caller | undefined, input: OpportunityInput): Promise<OpportunityView> {
      authorize(caller?.actor, mayPost);
      const owner = await ownerFor(caller.actor, input.ownerId);
      authorize(caller.actor, (actor) => canPostFor(actor, owner));
      const externalId = input.externalId ?? `opp-${randomUUID().replace(/-/g, "").slice(0, 12)}`;
      const texts = { title: input.title, description: input.description ?? null };
      const values = {
        externalId,
        ownerId: owner.id,
        kind: input.kind ?? "other",
        ...texts,
        industries: input.industries ?? [],
        tags: input.tags ?? [],
        stages: input.stages ?? [],
        markets: input.markets ?? [],
        deadline: input.deadline ?? null,
        status: input.status ?? "open",
        machineTranslated: keptMarks(input.machineTranslated ?? [], texts),
      };
      const id = await db.transaction(async (tx) => {
        if (await externalIdTaken(tx, externalId)) throw taken();
        const [row] = await tx
          .insert(opportunities)
          .values({
            ...values,
            ...opportunityDerived(values),
            // Users only: a token's or the CLI's id is not a row of `users`.
            createdBy: caller.actor.kind === "user" ? caller.actor.id : null,
          })
          .returning({ id: opportunities.id })
          .catch(uniqueViolation);
        await audit.record(
          caller,
          {
            action: "opportunity.create",
            resourceType: "opportunity",
            resourceId: row!.id,
            after: values,
          },
          tx,
        );
        return row!.id;
      });
      return toView((await findOpportunity(db, id))!);
    },

    /** Changes what is sent; `status` closes or reopens. Lexemes and concepts follow the new texts. */
    async update(
      caller: Caller | undefined,
      id: string,
      change: OpportunityChange,
    ): Promise<OpportunityView> {
      authorize(caller?.actor, mayManageSome);
      await db.transaction(async (tx) => {
        const current = await managed(tx, caller, id);
        const before = publicFields(current);
        const merged = { ...before };
        for (const [field, value] of Object.entries(change))
          if (value !== undefined) (merged as Record<string, unknown>)[field] = value;
        merged.machineTranslated = keptMarks(change.machineTranslated ?? before.machineTranslated, merged);
        const changed = (Object.keys(merged) as (keyof typeof merged)[]).filter(
          (field) => JSON.stringify(merged[field]) !== JSON.stringify(before[field]),
        );
        if (changed.length === 0) return;
        await tx
          .update(opportunities)
          .set({ ...merged, ...opportunityDerived(merged), updatedAt: new Date() })
          .where(eq(opportunities.id, id));
        const onlyStatus = changed.length === 1 && changed[0] === "status";
        await audit.record(
          caller!,
          {
            action: onlyStatus
              ? merged.status === "closed"
                ? "opportunity.close"
                : "opportunity.reopen"
              : "opportunity.update",
            resourceType: "opportunity",
            resourceId: id,
            before: Object.fromEntries(changed.map((field) => [field, before[field]])),
            after: Object.fromEntries(changed.map((field) => [field, merged[field]])),
          },
          tx,
        );
      });
      return toView((await findOpportunity(db, id))!);
    },

    async remove(caller: Caller | undefined, id: string): Promise<void> {
      authorize(caller?.actor, mayManageSome);
      await db.transaction(async (tx) => {
        const current = await managed(tx, caller, id);
        await tx.delete(opportunities).where(eq(opportunities.id, id));
        await audit.record(
          caller!,
          {
            action: "opportunity.delete",
            resourceType: "opportunity",
            resourceId: id,
            before: publicFields(current),
          },
          tx,
        );
      });
    },
  };
}

/** The row, locked for the change, if it exists and the caller may manage it (404, then 403). */
async function managed(tx: Tx, caller: Caller | undefined, id: string) {
  const row = isUuid(id) ? await findOpportunity(tx, id, { lock: true }) : undefined;
  if (!row) throw notFound();
  authorize(caller?.actor, (actor) => canManageOpportunity(actor, row.opportunity.ownerId));
  return row.opportunity;
}

const taken = () =>
  new AppError("CONFLICT", {
    fields: [{ field: "externalId", message: "is already used by another opportunity" }],
  });

/** Two posts racing for one external id: the loser gets the same answer as the check above. */
function uniqueViolation(error: unknown): never {
  if ((error as { code?: string }).code === "23505") throw taken();
  throw error;
}
