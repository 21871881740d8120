import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../platform/actor.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";

describe("invitations and members", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let org: string;
  let owner: Caller;
  let address = 0;

  async function person(email: string, options: { verified?: boolean } = {}): Promise<Caller> {
    const password = "daegu-members-2026";
    let answer = await setup.services.accounts.call("/sign-up/email", {
      body: { email, password, name: email.split("@")[0] },
      ip: `10.3.0.${++address}`,
    });
    if (options.verified) {
      // As if the person clicked the verification link; a new sign-in carries the verified state.
      await setup.database.pool.query("update users set email_verified = true where email = $1", [email]);
      answer = await setup.services.accounts.call("/sign-in/email", {
        body: { email, password },
        ip: `10.3.0.${++address}`,
      });
    }
    const cookie = answer.setCookies.map((c) => c.split(";")[0]).join("; ");
    const actor = await setup.services.accounts.actorFromSession(new Headers({ cookie }));
    return { actor: actor! };
  }
  const refreshed = async (caller: Caller): Promise<Caller> => ({
    actor: { ...caller.actor, memberships: await setup.services.memberships.membershipsOf(caller.actor.id) },
  });
  async function invitationLink(email: string): Promise<string> {
    const { rows } = await setup.database.pool.query(
      "select text from mail_outbox where \"to\" = $1 and kind = 'invitation' order by id desc limit 1",
      [email],
    );
    return /https?:\/\/\S+token=\S+/.exec(rows[0].text)![0];
  }

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({
        externalId: "frames",
        name: { ko: "한빛안경" },
        website: "https://hanbit-frames.kr",
      }),
    ]);
    org = (await setup.services.organizations.list({ externalId: "frames" }, { limit: 1, offset: 0 }))
      .items[0]!.id;
    owner = await person("ceo@hanbit-frames.kr", { verified: true });
    await setup.services.memberships.claim(owner, org);
    owner = await refreshed(owner);
  });

  it("lets an owner invite by e-mail: the mail in the invitee's language carries a link", async () => {
    const invitation = await setup.services.memberships.invite(owner, org, {
      email: "Designer@Example.kr",
      role: "member",
      locale: "en",
    });
    expect(invitation).toMatchObject({ email: "designer@example.kr", role: "member", acceptedAt: null });
    const { rows } = await setup.database.pool.query(
      "select subject, text from mail_outbox where \"to\" = 'designer@example.kr'",
    );
    expect(rows[0].subject).toContain("You are invited to 한빛안경");
    expect(await invitationLink("designer@example.kr")).toMatch(
      /^http:\/\/localhost:3000\/en\/invitations\/accept\?token=inv_/,
    );
  });

  it("accepts only for the invited address, once", async () => {
    await setup.services.memberships.invite(owner, org, {
      email: "staff@example.kr",
      role: "member",
      locale: "ko",
    });
    const token = decodeURIComponent((await invitationLink("staff@example.kr")).split("token=")[1]!);
    const stranger = await person("stranger@example.kr");
    await expect(setup.services.memberships.accept(stranger, token)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const staff = await person("staff@example.kr");
    expect(await setup.services.memberships.accept(staff, token)).toEqual({
      organizationId: org,
      role: "member",
    });
    await expect(setup.services.memberships.accept(staff, token)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const members = await setup.services.memberships.members(owner, org);
    expect(members.map((m) => m.email)).toContain("staff@example.kr");
  });

  it("refuses invitations from members who are not owners, and from strangers", async () => {
    const staff = await refreshed(await person("member2@example.kr"));
    await expect(
      setup.services.memberships.invite(staff, org, { email: "x@example.kr", role: "member", locale: "ko" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("revokes an open invitation, after which its link no longer works", async () => {
    const invitation = await setup.services.memberships.invite(owner, org, {
      email: "late@example.kr",
      role: "member",
      locale: "ko",
    });
    await setup.services.memberships.revokeInvitation(owner, org, invitation.id);
    const token = decodeURIComponent((await invitationLink("late@example.kr")).split("token=")[1]!);
    const late = await person("late@example.kr");
    await expect(setup.services.memberships.accept(late, token)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("removes members but never the last owner, and audits it", async () => {
    const members = await setup.services.memberships.members(testAdmin, org);
    const staff = members.find((m) => m.email === "staff@example.kr")!;
    await setup.services.memberships.removeMember(owner, org, staff.userId);
    await expect(setup.services.memberships.removeMember(owner, org, owner.actor.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const { items } = await setup.services.audit.list(
      testAdmin,
      { action: "organization.member.remove" },
      { limit: 5, offset: 0 },
    );
    expect(items).toHaveLength(1);
  });
});
