import { eq } from "drizzle-orm";
import { type OrganizationEdit, publicFields } from "../../../contracts/organizations/edit.ts";
import type { Tx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError } from "../../platform/errors.ts";
import { zones } from "../zones/zones.table.ts";
import { derivedColumns } from "./organizations.derived.ts";
import { canReviewOrganizations } from "./organizations.policy.ts";
import type { OrganizationRow } from "./organizations.repository.ts";
import { organizations } from "./organizations.table.ts";
import { type FieldChanges, organizationRevisions } from "./revisions.table.ts";

type EditableField = keyof OrganizationEdit;
const publicSet = new Set<string>(publicFields);

/** A field's current value in the shape of the edit (zone as its code). */
export function currentValue(row: OrganizationRow, field: EditableField): unknown {
  if (field === "zone") return row.zoneCode;
  return (row as Record<string, unknown>)[field] ?? null;
}

// Lists whose order means nothing: the same codes in another order are no change.
const setFields = new Set<string>(["industries", "targetMarkets", "machineTranslated"]);

/** Canonical JSON: object keys sorted (PostgreSQL's jsonb returns `{"en","ko"}`, forms send `{"ko","en"}`). */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Whether two values of a field are the same (texts by content, code lists as sets). */
export function sameValue(field: string, a: unknown, b: unknown): boolean {
  if (setFields.has(field) && Array.isArray(a) && Array.isArray(b))
    return canonical([...a].sort()) === canonical([...b].sort());
  return canonical(a) === canonical(b);
}

/** Fields whose value the edit really changes, with before and after. */
export function diff(row: OrganizationRow, edit: OrganizationEdit): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, after] of Object.entries(edit) as [EditableField, unknown][]) {
    if (after === undefined) continue;
    const before = currentValue(row, field);
    if (!sameValue(field, before, after)) changes[field] = { before, after: after ?? null };
  }
  return changes;
}

/**
 * Writes changed fields (and the columns derived from them) to the row; a member's change of public
 * fields also enters the review queue. The city's own edits count as reviewed.
 */
export async function applyChanges(
  tx: Tx,
  row: OrganizationRow,
  changes: FieldChanges,
  actor: Actor,
): Promise<{ revisionId?: string }> {
  const values: Record<string, unknown> = {};
  for (const [field, { after }] of Object.entries(changes)) {
    if (field === "zone") values.zoneId = after === null ? null : await zoneId(tx, after as string);
    else values[field] = after;
  }
  const reviewable = Object.fromEntries(Object.entries(changes).filter(([field]) => publicSet.has(field)));
  const needsReview = Object.keys(reviewable).length > 0 && !canReviewOrganizations(actor);
  // The city verified the profile as it was; an unreviewed public change makes that no longer true.
  if (needsReview) values.verifiedAt = null;
  const merged = { ...row, ...values } as OrganizationRow;
  await tx
    .update(organizations)
    .set({ ...values, ...derivedColumns(merged), updatedAt: new Date() })
    .where(eq(organizations.id, row.id));
  if (!needsReview) return {};
  const [revision] = await tx
    .insert(organizationRevisions)
    .values({ organizationId: row.id, changes: reviewable, editedBy: actor.id, editedByLabel: actor.label })
    .returning({ id: organizationRevisions.id });
  return { revisionId: revision!.id };
}

async function zoneId(tx: Tx, code: string): Promise<string> {
  const [zone] = await tx.select({ id: zones.id }).from(zones).where(eq(zones.code, code));
  if (!zone)
    throw new AppError("VALIDATION_FAILED", {
      fields: [{ field: "zone", message: "is not a zone of the directory" }],
    });
  return zone.id;
}
