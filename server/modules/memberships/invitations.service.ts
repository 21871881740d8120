import { eq } from "drizzle-orm";
import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import { authorize } from "../../platform/policy.ts";
import { hashSecretToken, newSecretToken } from "../../platform/secret-token.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { organizations } from "../organizations/organizations.table.ts";
import {
  findOpenInvitation,
  type InvitationRow,
  insertInvitation,
  listInvitations,
  markAccepted,
  removeMemberRow,
  revokeInvitationRow,
} from "./invitations.repository.ts";
import { canManageMembers } from "./memberships.policy.ts";
import { addMember, countOwners } from "./memberships.repository.ts";
import type { MembershipRole } from "./memberships.table.ts";

const VALID_DAYS = 7;

export type InvitationDeps = {
  db: Db;
  audit: AuditService;
  mail: Pick<MailService, "send">;
  baseURL: string;
};

/** What callers see of an invitation: never the token or its hash. */
function toView(row: InvitationRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invitedBy,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
export type InvitationView = ReturnType<typeof toView>;

/** Invitations by e-mail and member management, for an organization's owners and the city. */
export function createInvitationUseCases({ db, audit, mail, baseURL }: InvitationDeps) {
  async function organizationName(id: string, locale: Locale) {
    const [row] = await db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, id));
    if (!row) throw notFound();
    return pickText(row.name, locale);
  }

  return {
    async invitations(caller: Caller | undefined, organizationId: string): Promise<InvitationView[]> {
      authorize(caller?.actor, (actor) => canManageMembers(actor, organizationId));
      return (await listInvitations(db, organizationId)).map(toView);
    },

    /** Invites an address to join; the mail (in the invitee's language) carries a link valid for 7 days. */
    async invite(
      caller: Caller | undefined,
      organizationId: string,
      input: { email: string; role: MembershipRole; locale: Locale },
    ): Promise<InvitationView> {
      authorize(caller?.actor, (actor) => canManageMembers(actor, organizationId));
      if (!isUuid(organizationId)) throw notFound();
      const name = await organizationName(organizationId, input.locale);
      const token = newSecretToken("inv_");
      const email = input.email.trim().toLowerCase();
      const row = await db.transaction(async (tx) => {
        const created = await insertInvitation(tx, {
          organizationId,
          email,
          role: input.role,
          tokenHash: hashSecretToken(token),
          invitedBy: caller.actor.label,
          expiresAt: new Date(Date.now() + VALID_DAYS * 86_400_000),
        });
        await audit.record(
          caller,
          {
            action: "organization.invite",
            resourceType: "organization",
            resourceId: organizationId,
            after: toView(created),
          },
          tx,
        );
        return created;
      });
      const path = input.locale === "en" ? "/en/invitations/accept" : "/invitations/accept";
      await mail.send({
        kind: "invitation",
        to: email,
        locale: input.locale,
        params: {
          name: "",
          organization: name,
          inviter: caller.actor.label,
          url: `${baseURL}${path}?token=${encodeURIComponent(token)}`,
          validForMinutes: VALID_DAYS * 24 * 60,
        },
      });
      return toView(row);
    },

    /** Accepts with the e-mailed token; only the invited address may, signed in as itself. */
    async accept(caller: Caller | undefined, token: string) {
      authorize(caller?.actor, (actor) => actor.kind === "user");
      return db.transaction(async (tx) => {
        const invitation = await findOpenInvitation(tx, hashSecretToken(token), new Date());
        if (!invitation) throw notFound();
        if (invitation.email !== caller.actor.label.toLowerCase()) {
          throw new AppError("FORBIDDEN", { detail: "the invitation is for another e-mail address" });
        }
        await addMember(tx, invitation.organizationId, caller.actor.id, invitation.role);
        const accepted = await markAccepted(tx, invitation.id, caller.actor.id);
        await audit.record(
          caller,
          {
            action: "organization.invitation.accept",
            resourceType: "organization",
            resourceId: invitation.organizationId,
            before: toView(invitation),
            after: toView(accepted),
          },
          tx,
        );
        return { organizationId: invitation.organizationId, role: invitation.role };
      });
    },

    async revokeInvitation(caller: Caller | undefined, organizationId: string, invitationId: string) {
      authorize(caller?.actor, (actor) => canManageMembers(actor, organizationId));
      if (!isUuid(invitationId)) throw notFound();
      await db.transaction(async (tx) => {
        const revoked = await revokeInvitationRow(tx, organizationId, invitationId);
        if (!revoked) throw notFound();
        await audit.record(
          caller,
          {
            action: "organization.invitation.revoke",
            resourceType: "organization",
            resourceId: organizationId,
            after: toView(revoked),
          },
          tx,
        );
      });
    },

    /** Removes a member; an organization never loses its last owner this way. */
    async removeMember(caller: Caller | undefined, organizationId: string, userId: string) {
      authorize(caller?.actor, (actor) => canManageMembers(actor, organizationId));
      await db.transaction(async (tx) => {
        const removed = await removeMemberRow(tx, organizationId, userId);
        if (!removed) throw notFound();
        if (removed.role === "owner" && (await countOwners(tx, organizationId)) === 0) {
          throw new AppError("CONFLICT", { detail: "an organization keeps at least one owner" });
        }
        await audit.record(
          caller,
          {
            action: "organization.member.remove",
            resourceType: "organization",
            resourceId: organizationId,
            before: removed,
          },
          tx,
        );
      });
    },
  };
}
