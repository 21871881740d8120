import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import type { FileStorage } from "../../platform/files/storage.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { directoryTransaction } from "./directory-version.ts";
import { logoKey, processLogo } from "./logo.ts";
import { organizations } from "./organizations.table.ts";

/**
 * Organization logos: uploads become a small WebP under a content-addressed key; the row names the
 * current one. Files are written before the row changes and old ones removed after it committed, so
 * the row never points at a missing file (a failed request leaves at most an unreferenced file).
 */
export function createLogoService(deps: {
  db: Db;
  audit: AuditService;
  storage: FileStorage;
  /** Who may change an organization: its members and the city (organizations.policy.ts). */
  canEdit: (actor: Actor | undefined, organizationId: string) => boolean;
}) {
  const { db, audit, storage, canEdit } = deps;

  const currentKey = async (organizationId: string) => {
    if (!isUuid(organizationId)) throw notFound();
    const [row] = await db
      .select({ logoKey: organizations.logoKey })
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    if (!row) throw notFound();
    return row.logoKey;
  };

  /** Sets the row's logo key in a transaction with its audit event; returns the key it replaced. */
  const swap = (caller: Caller, organizationId: string, key: string | null, action: string) =>
    directoryTransaction(db, async (tx) => {
      const [before] = await tx
        .select({ logoKey: organizations.logoKey })
        .from(organizations)
        .where(eq(organizations.id, organizationId))
        .for("update");
      if (!before) throw notFound();
      await tx
        .update(organizations)
        .set({ logoKey: key, updatedAt: new Date() })
        .where(eq(organizations.id, organizationId));
      await audit.record(
        caller,
        {
          action,
          resourceType: "organization",
          resourceId: organizationId,
          before: { logoKey: before.logoKey },
          after: { logoKey: key },
        },
        tx,
      );
      return before.logoKey;
    });

  /** An unreferenced file only costs disk space: a failed removal must not fail a committed change. */
  const discard = async (key: string | null, keep?: string) => {
    if (key && key !== keep) await storage.delete(key).catch(() => undefined);
  };

  return {
    /** Replaces the organization's logo with the uploaded image (refused unless it is a usable image). */
    async setLogo(caller: Caller | undefined, organizationId: string, bytes: Uint8Array): Promise<void> {
      authorize(caller?.actor, (actor) => canEdit(actor, organizationId));
      // Cheap checks before the costly decoding: the organization must exist.
      await currentKey(organizationId);
      const logo = await processLogo(bytes);
      const key = logoKey(organizationId, logo.bytes);
      await storage.put(key, logo.bytes, "image/webp");
      let previous: string | null;
      try {
        previous = await swap(caller, organizationId, key, "organization.logo.set");
      } catch (error) {
        // The same image may already be the current logo (same bytes, same key): then keep the file.
        const current = await currentKey(organizationId).catch(() => undefined);
        if (current !== key) await discard(key);
        throw error;
      }
      await discard(previous, key);
    },

    /** Removes the organization's logo; without one there is nothing to do. */
    async removeLogo(caller: Caller | undefined, organizationId: string): Promise<void> {
      authorize(caller?.actor, (actor) => canEdit(actor, organizationId));
      if (!(await currentKey(organizationId))) return;
      const previous = await swap(caller, organizationId, null, "organization.logo.remove");
      await discard(previous);
    },
  };
}
export type LogoService = ReturnType<typeof createLogoService>;
