import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { roleForKind } from "./capacity.ts";
import { emailMatchesWebsite } from "./email-domain.ts";
import { createInvitationUseCases, type InvitationDeps } from "./invitations.service.ts";
import { canClaim, canDecideClaims, canSeeMembers } from "./memberships.policy.ts";
import {
  addMember,
  countOwners,
  decideClaimRow,
  findClaim,
  findOpenClaim,
  insertClaim,
  membershipsOfUser,
  membersOf,
  organizationForClaim,
  pendingClaims,
} from "./memberships.repository.ts";

/** The capacity a member of an organization of this kind acts in (decision 016), for other modules' policies. */
export { roleForKind } from "./capacity.ts";

export function createMembershipsService({ db, audit, mail, baseURL }: InvitationDeps) {
  /** The first person granted an organization becomes its owner; later ones join as members. */
  async function grant(
    tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
    organizationId: string,
    userId: string,
  ) {
    const role = (await countOwners(tx, organizationId)) === 0 ? "owner" : "member";
    await addMember(tx, organizationId, userId, role);
    return role;
  }

  return {
    ...createInvitationUseCases({ db, audit, mail, baseURL }),

    /** The organizations a user represents; read on every signed-in request for the actor. */
    membershipsOf: async (userId: string) =>
      (await membershipsOfUser(db, userId)).map((m) => ({ ...m, actsAs: roleForKind(m.organizationKind) })),

    async members(caller: Caller | undefined, organizationId: string) {
      authorize(caller?.actor, (actor) => canSeeMembers(actor, organizationId));
      return membersOf(db, organizationId);
    },

    /**
     * Asks to represent an organization. Granted at once when the user's verified e-mail address is on the
     * organization's own web domain; otherwise waits for a city admin.
     */
    async claim(caller: Caller | undefined, organizationId: string) {
      authorize(caller?.actor, canClaim);
      const organization = isUuid(organizationId)
        ? await organizationForClaim(db, organizationId)
        : undefined;
      if (!organization) throw notFound();
      const userId = caller.actor.id;
      if (caller.actor.memberships?.some((m) => m.organizationId === organizationId)) {
        throw new AppError("CONFLICT", { detail: "already a member" });
      }
      const open = await findOpenClaim(db, organizationId, userId);
      if (open) return { id: open.id, status: open.status };
      // Only a proven address counts: anyone can sign up as x@company-domain without owning that mailbox.
      const automatic =
        caller.actor.emailVerified === true && emailMatchesWebsite(caller.actor.label, organization.website);
      return db.transaction(async (tx) => {
        const claim = await insertClaim(tx, {
          organizationId,
          userId,
          status: automatic ? "approved" : "pending",
          ...(automatic ? { reason: "e-mail domain matches the website", decidedBy: "automatic" } : {}),
        });
        const role = automatic ? await grant(tx, organizationId, userId) : undefined;
        await audit.record(
          caller,
          {
            action: "organization.claim",
            resourceType: "organization",
            resourceId: organizationId,
            after: { claim: claim.id, status: claim.status, role },
          },
          tx,
        );
        return { id: claim.id, status: claim.status };
      });
    },

    async pendingClaims(caller: Caller | undefined) {
      authorize(caller?.actor, canDecideClaims);
      return pendingClaims(db);
    },

    /** A city admin approves (the user joins the organization) or rejects a pending claim, with a note. */
    async decideClaim(
      caller: Caller | undefined,
      claimId: string,
      decision: "approved" | "rejected",
      reason?: string,
    ) {
      authorize(caller?.actor, canDecideClaims);
      if (!isUuid(claimId)) throw notFound();
      return db.transaction(async (tx) => {
        const before = await findClaim(tx, claimId);
        if (!before) throw notFound();
        if (before.status !== "pending") throw new AppError("CONFLICT", { detail: "claim already decided" });
        const after = await decideClaimRow(tx, claimId, {
          status: decision,
          reason,
          decidedBy: caller.actor.label,
        });
        const role =
          decision === "approved" ? await grant(tx, before.organizationId, before.userId) : undefined;
        await audit.record(
          caller,
          {
            action: "organization.claim.decide",
            resourceType: "organization-claim",
            resourceId: claimId,
            before,
            after: { ...after, role },
          },
          tx,
        );
        return { id: after.id, status: after.status, role };
      });
    },
  };
}
export type MembershipsService = ReturnType<typeof createMembershipsService>;
