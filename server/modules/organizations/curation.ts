import { eq } from "drizzle-orm";
import type {
  DuplicateGroup,
  OrganizationEdit,
  RevisionView,
} from "../../../contracts/organizations/edit.ts";
import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { directoryTransaction } from "./directory-version.ts";
import { findDuplicateGroups, mergeOrganizations } from "./duplicates.ts";
import { applyChanges, currentValue, diff, sameValue } from "./editing.ts";
import { canEditOrganization, canReviewOrganizations } from "./organizations.policy.ts";
import { findOrganization, type OrganizationRow } from "./organizations.repository.ts";
import { organizations } from "./organizations.table.ts";
import { toOrganizationView } from "./organizations.view.ts";
import { findRevision, hasPendingRevisions, listRevisions, type RevisionRow } from "./reviews.repository.ts";
import { type FieldChanges, organizationRevisions, type RevisionStatus } from "./revisions.table.ts";

/**
 * Keeping the directory right: members edit their profile (live at once), the city reviews those edits
 * (approve = verified, or revert), and merges duplicates.
 */
export function createCuration({ db, audit }: { db: Db; audit: AuditService }) {
  const locked = async (tx: Parameters<Parameters<Db["transaction"]>[0]>[0], id: string) => {
    if (!isUuid(id)) throw notFound();
    await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, id))
      .for("update");
    const row = await findOrganization(tx, id);
    if (!row) throw notFound();
    return row;
  };

  return {
    /** The profile as its editors see it: contact details and the registration number included. */
    async forEditing(
      caller: Caller | undefined,
      id: string,
    ): Promise<OrganizationView & { registrationNumber: string | null }> {
      authorize(caller?.actor, (actor) => canEditOrganization(actor, id));
      const row = isUuid(id) ? await findOrganization(db, id) : undefined;
      if (!row) throw notFound();
      return { ...toOrganizationView(row, { contact: true }), registrationNumber: row.registrationNumber };
    },

    /** A member's or the city's edit: only changed fields are written and audited. */
    async update(
      caller: Caller | undefined,
      id: string,
      edit: OrganizationEdit,
      /** The `updatedAt` the editor started from: someone else's save since then is a CONFLICT, not overwritten. */
      options: { unmodifiedSince?: string | undefined } = {},
    ): Promise<{ organization: OrganizationView; revisionId?: string | undefined }> {
      authorize(caller?.actor, (actor) => canEditOrganization(actor, id));
      return directoryTransaction(db, async (tx) => {
        const row = await locked(tx, id);
        if (options.unmodifiedSince && row.updatedAt.toISOString() !== options.unmodifiedSince) {
          throw new AppError("CONFLICT", { detail: "changed by someone else since the form was opened" });
        }
        const changes = diff(row, edit);
        if (Object.keys(changes).length === 0)
          return { organization: toOrganizationView(row, { contact: true }) };
        const { revisionId } = await applyChanges(tx, row, changes, caller.actor);
        await audit.record(
          caller,
          { action: "organization.update", resourceType: "organization", resourceId: id, ...sides(changes) },
          tx,
        );
        const updated = (await findOrganization(tx, id))!;
        return { organization: toOrganizationView(updated, { contact: true }), revisionId };
      });
    },

    /** The city confirms the profile as it stands today. */
    async verify(caller: Caller | undefined, id: string): Promise<OrganizationView> {
      authorize(caller?.actor, canReviewOrganizations);
      return directoryTransaction(db, async (tx) => {
        const row = await locked(tx, id);
        const verifiedAt = new Date();
        await tx.update(organizations).set({ verifiedAt }).where(eq(organizations.id, id));
        await audit.record(
          caller,
          {
            action: "organization.verify",
            resourceType: "organization",
            resourceId: id,
            before: { verifiedAt: row.verifiedAt },
            after: { verifiedAt },
          },
          tx,
        );
        return toOrganizationView({ ...row, verifiedAt });
      });
    },

    async revisions(
      caller: Caller | undefined,
      status: RevisionStatus | undefined,
      page: { limit: number; offset: number },
    ) {
      authorize(caller?.actor, canReviewOrganizations);
      const { rows, total } = await listRevisions(db, status, page);
      return { items: rows.map(toRevisionView), total };
    },

    /** Approving an edit keeps it and marks the profile verified. */
    async approve(caller: Caller | undefined, revisionId: string, note?: string): Promise<RevisionView> {
      authorize(caller?.actor, canReviewOrganizations);
      return directoryTransaction(db, async (tx) => {
        const revision = await pending(tx, revisionId);
        const now = new Date();
        const decided = await decide(tx, revision, "approved", caller.actor.label, now, note);
        // Verified means the city has seen every public change: not while another edit still waits.
        if (!(await hasPendingRevisions(tx, revision.organizationId))) {
          await tx
            .update(organizations)
            .set({ verifiedAt: now })
            .where(eq(organizations.id, revision.organizationId));
        }
        await audit.record(
          caller,
          {
            action: "organization.revision.approve",
            resourceType: "organization",
            resourceId: revision.organizationId,
            after: { revisionId, note },
          },
          tx,
        );
        return decided;
      });
    },

    /**
     * Reverting puts back what the edit replaced, field by field. A field changed again since keeps its
     * newer value and is reported, so a revert never silently undoes someone else's later work.
     */
    async revert(
      caller: Caller | undefined,
      revisionId: string,
      note?: string,
    ): Promise<RevisionView & { kept: string[] }> {
      authorize(caller?.actor, canReviewOrganizations);
      return directoryTransaction(db, async (tx) => {
        const revision = await pending(tx, revisionId);
        const row = await locked(tx, revision.organizationId);
        const restore: FieldChanges = {};
        const kept: string[] = [];
        for (const [field, { before, after }] of Object.entries(revision.changes)) {
          const now = currentValue(row, field as keyof OrganizationEdit);
          if (sameValue(field, now, after)) restore[field] = { before: now, after: before };
          else kept.push(field);
        }
        if (Object.keys(restore).length > 0) await applyChanges(tx, row, restore, caller.actor);
        const decided = await decide(tx, revision, "reverted", caller.actor.label, new Date(), note);
        await audit.record(
          caller,
          {
            action: "organization.revision.revert",
            resourceType: "organization",
            resourceId: row.id,
            ...sides(restore),
          },
          tx,
        );
        return { ...decided, kept };
      });
    },

    /** Groups of organizations that share a registration number, a website domain or a normalized name. */
    async duplicates(
      caller: Caller | undefined,
      options: { organizationId?: string } = {},
    ): Promise<DuplicateGroup[]> {
      authorize(caller?.actor, canReviewOrganizations);
      return findDuplicateGroups(db, options);
    },

    /** Merges `duplicateId` into `id`: fills gaps, relinks everything that pointed at it, keeps its record. */
    /**
     * Merges duplicates into `id`, all in one transaction: each fills gaps, has everything that pointed at
     * it relinked (its members become pending claims, its tokens and open invitations are revoked), and
     * has its record kept in organization_merges.
     */
    async merge(
      caller: Caller | undefined,
      id: string,
      duplicateIds: string | string[],
    ): Promise<OrganizationView & { relinked: Record<string, number> }> {
      authorize(caller?.actor, canReviewOrganizations);
      const duplicates = [...new Set([duplicateIds].flat())];
      if (duplicates.includes(id)) {
        throw new AppError("VALIDATION_FAILED", {
          fields: [{ field: "duplicateId", message: "cannot be merged into itself" }],
        });
      }
      return directoryTransaction(db, async (tx) => {
        const relinked: Record<string, number> = {};
        for (const duplicateId of duplicates) {
          const target = await locked(tx, id);
          const source = await locked(tx, duplicateId);
          const merged = await mergeOrganizations(tx, target, source, caller.actor.label);
          for (const [table, n] of Object.entries(merged.relinked))
            relinked[table] = (relinked[table] ?? 0) + n;
          await audit.record(
            caller,
            {
              action: "organization.merge",
              resourceType: "organization",
              resourceId: id,
              before: { target: auditable(target), duplicate: auditable(source) },
              after: { relinked: merged.relinked, filled: merged.filled },
            },
            tx,
          );
        }
        const merged = (await findOrganization(tx, id))!;
        return { ...toOrganizationView(merged), relinked };
      });
    },
  };

  async function pending(tx: Parameters<Parameters<Db["transaction"]>[0]>[0], revisionId: string) {
    const revision = isUuid(revisionId) ? await findRevision(tx, revisionId) : undefined;
    if (!revision) throw notFound();
    if (revision.status !== "pending") throw new AppError("CONFLICT", { detail: "already decided" });
    return revision;
  }
}

async function decide(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  revision: RevisionRow,
  status: RevisionStatus,
  decidedBy: string,
  decidedAt: Date,
  note: string | undefined,
): Promise<RevisionView> {
  await tx
    .update(organizationRevisions)
    .set({ status, decidedBy, decidedAt, note: note ?? null })
    .where(eq(organizationRevisions.id, revision.id));
  return toRevisionView({ ...revision, status, decidedBy, decidedAt, note: note ?? null });
}

function toRevisionView(row: RevisionRow): RevisionView {
  return {
    id: row.id,
    organization: row.organization,
    changes: row.changes,
    status: row.status,
    editedBy: row.editedByLabel,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

function sides(changes: FieldChanges) {
  const entries = Object.entries(changes);
  return {
    before: Object.fromEntries(entries.map(([field, change]) => [field, change.before])),
    after: Object.fromEntries(entries.map(([field, change]) => [field, change.after])),
  };
}

function auditable(row: OrganizationRow) {
  return { id: row.id, externalId: row.externalId, name: row.name };
}
