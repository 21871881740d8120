import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../platform/actor.ts";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";
import { offices } from "../offices/offices.table.ts";
import { caseView } from "./case-view.ts";
import { findCase } from "./support-requests.repository.ts";
import { supportRequests } from "./support-requests.table.ts";

type Mail = { to: string; kind: string; locale: string; subject: string; text: string };

const open = { start: "09:00", end: "18:00" };
const target = { firstResponseMinutes: 480, resolutionMinutes: 4800 };

describe("referrals to outside partners", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let officeId: string;
  let foods: string;
  let kotra: string; // KOTRA, a Korean organization of the directory
  let chamber: string; // a chamber of commerce in Los Angeles
  let lee: Caller; // staff of the LA office, assignee of the cases
  let kim: Caller; // a member of Daegu Foods, the requesting company
  let choi: Caller; // a member of another company
  let staffUserId: string;

  const service = () => setup.services.supportRequests;

  /** A request of Daegu Foods routed to the LA office, assigned to lee; written through the table. */
  async function newCase(overrides: Partial<typeof supportRequests.$inferInsert> = {}): Promise<string> {
    const [row] = await setup.database.db
      .insert(supportRequests)
      .values({
        companyId: foods,
        officeId,
        requestedBy: kim.actor.id,
        assigneeId: staffUserId,
        service: "buyer-matching",
        targetMarket: "US",
        subject: "김치 유통사 찾기",
        description: "LA 지역 한인 마트 유통사를 찾고 있습니다.",
        preferredLanguage: "ko",
        status: "in-progress",
        ...overrides,
      })
      .returning();
    return row!.id;
  }

  async function mails(where: { to?: string; kind?: string; text?: string }): Promise<Mail[]> {
    const { rows } = await setup.database.pool.query<Mail>(
      `select "to", kind, locale, subject, "text" from mail_outbox
       where ($1::text is null or "to" = $1) and ($2::text is null or kind = $2) and ($3::text is null or "text" like $3)
       order by created_at, id`,
      [where.to ?? null, where.kind ?? null, where.text ? `%${where.text}%` : null],
    );
    return rows;
  }

  /** The report-back link in the partner's mail, and its token. */
  async function inviteTo(email: string) {
    const [invite] = await mails({ to: email, kind: "support-referral-invite" });
    const url = invite!.text.match(/http:\/\/localhost:3000\/(?:en\/)?referrals\/(\S+)/);
    return { invite: invite!, url: url![0], token: url![1]! };
  }

  /** The case as each side sees it (the view `get` answers with). */
  async function viewOf(caller: Caller, id: string) {
    const db = setup.database.db;
    return caseView(db, caller.actor, (await findCase(db, id))!);
  }

  async function refusal(work: Promise<unknown>) {
    try {
      await work;
    } catch (error) {
      const { code, fields } = error as { code: string; fields?: { field: string; message: string }[] };
      return { code, fields };
    }
    throw new Error("expected a refusal");
  }

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({
        externalId: "la-office",
        kind: "overseas-office",
        scope: "global",
        country: "US",
        name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
      }),
      organizationRecord({
        externalId: "foods",
        kind: "sme",
        country: "KR",
        name: { ko: "대구식품", en: "Daegu Foods" },
      }),
      organizationRecord({ externalId: "textiles", kind: "startup", country: "KR" }),
      organizationRecord({
        externalId: "kotra",
        kind: "public-agency",
        country: "KR",
        name: { ko: "코트라", en: "KOTRA" },
      }),
      organizationRecord({
        externalId: "la-chamber",
        kind: "public-agency",
        scope: "global",
        country: "US",
        name: { en: "LA Area Chamber of Commerce" },
      }),
    ]);
    const officeOrg = await idOf(setup, "la-office");
    foods = await idOf(setup, "foods");
    kotra = await idOf(setup, "kotra");
    chamber = await idOf(setup, "la-chamber");
    const [office] = await setup.database.db
      .insert(offices)
      .values({
        organizationId: officeOrg,
        name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
        countries: ["US"],
        timeZone: "America/Los_Angeles",
        hours: [null, open, open, open, open, open, null],
        services: ["buyer-matching", "certification"],
        slaTargets: { low: target, normal: target, high: target, urgent: target },
      })
      .returning();
    officeId = office!.id;
    const people = members(setup);
    lee = await people.memberOf("lee@la-office.example", officeOrg);
    kim = await people.memberOf("kim@foods.example", foods);
    choi = await people.memberOf("choi@textiles.example", await idOf(setup, "textiles"));
    staffUserId = lee.actor.id;
  });

  it("sends the partner a report-back link whose outcome comes back into the case for both sides", async () => {
    const id = await newCase({ preferredLanguage: "en", subject: "Kimchi distributor in LA" });
    const referred = await service().refer(lee, id, {
      partnerName: "LA Area Chamber of Commerce",
      partnerOrganizationId: chamber,
      contactEmail: "desk@lachamber.example",
      note: "Please introduce two grocery distributors.",
    });
    expect(referred.referrals).toMatchObject([
      {
        partnerName: "LA Area Chamber of Commerce",
        partnerOrganizationId: chamber,
        contactEmail: "desk@lachamber.example",
        note: "Please introduce two grocery distributors.",
        status: "sent",
        outcome: null,
        referredBy: "lee",
      },
    ]);
    const referralId = referred.referrals[0]!.id;
    expect(referred.events.at(-1)).toMatchObject({
      kind: "referral",
      actor: "lee",
      detail: { referralId, partnerName: "LA Area Chamber of Commerce", status: "sent" },
    });

    // The company, in the language it asked to be served in.
    const told = await mails({ kind: "support-referral-sent", text: id });
    expect(told.map((m) => `${m.to} ${m.locale}`)).toEqual(["kim@foods.example en"]);
    expect(told[0]!.subject).toBe(
      `[Daegu Global Gateway] Your request #${referred.number} was referred to LA Area Chamber of Commerce`,
    );
    expect(told[0]!.text).toContain(`http://localhost:3000/en/support/${id}`);

    // The partner: an American organization and an English note → English, with the company and the note.
    const { invite, token } = await inviteTo("desk@lachamber.example");
    expect(invite.locale).toBe("en");
    expect(invite.text).toContain("Daegu City LA Office refers a support request of Daegu Foods");
    expect(invite.text).toContain("Subject: “Kimchi distributor in LA”");
    expect(invite.text).toContain("Please introduce two grocery distributors.");
    expect(invite.text).toContain(`http://localhost:3000/en/referrals/${token}`);
    expect(token).toMatch(/^ref_[A-Za-z0-9_-]{43}$/);

    // Only the token's SHA-256 is stored.
    const stored = await setup.database.pool.query<{ report_token_hash: string }>(
      "select report_token_hash from support_referrals where id = $1",
      [referralId],
    );
    expect(stored.rows[0]!.report_token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    expect(await service().referralByToken(token)).toEqual({
      partnerName: "LA Area Chamber of Commerce",
      status: "sent",
      outcome: null,
      subject: "Kimchi distributor in LA",
      companyName: { ko: "대구식품", en: "Daegu Foods" },
      officeName: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
      note: "Please introduce two grocery distributors.",
    });

    await service().reportByToken(token, { status: "accepted", outcome: "We will call them this week." });
    await service().reportByToken(
      token,
      { status: "completed", outcome: "Introduced to H Mart and Zion Market buyers." },
      { ip: "203.0.113.7" },
    );

    const forCompany = await viewOf(kim, id);
    expect(forCompany.referrals).toEqual([
      expect.objectContaining({
        partnerName: "LA Area Chamber of Commerce",
        status: "completed",
        outcome: "Introduced to H Mart and Zion Market buyers.",
        // The company never sees where the link went nor the office's note to the partner.
        contactEmail: null,
        note: "",
      }),
    ]);
    expect(
      forCompany.events.filter((e) => e.kind === "referral").map((e) => [e.actor, e.detail.status]),
    ).toEqual([
      ["lee", "sent"],
      ["LA Area Chamber of Commerce", "accepted"],
      ["LA Area Chamber of Commerce", "completed"],
    ]);
    const forOffice = await viewOf(lee, id);
    expect(forOffice.referrals[0]).toMatchObject({
      status: "completed",
      contactEmail: "desk@lachamber.example",
      note: "Please introduce two grocery distributors.",
    });

    // Each report reaches the assignee (Korean) and the company (its language).
    const reported = await mails({ kind: "support-referral-reported", text: id });
    expect(reported.map((m) => `${m.to} ${m.locale}`)).toEqual([
      "lee@la-office.example ko",
      "kim@foods.example en",
      "lee@la-office.example ko",
      "kim@foods.example en",
    ]);
    expect(reported[3]!.text).toContain("Outcome: “Introduced to H Mart and Zion Market buyers.”");
    expect(reported[2]!.subject).toBe(
      `[대구 글로벌 게이트웨이] 연계 결과 (완료): LA Area Chamber of Commerce — 지원 요청 #${referred.number}`,
    );

    // Audited: the office's referral, then the partner's reports under a role-less actor named after it.
    const audit = await setup.database.pool.query<{
      action: string;
      actor_kind: string;
      actor_label: string;
      ip: string | null;
      after: Record<string, unknown>;
    }>(
      "select action, actor_kind, actor_label, ip, after from audit_events where resource_type = 'support-request' and resource_id = $1 order by id",
      [id],
    );
    expect(audit.rows.map((r) => [r.action, r.actor_kind, r.actor_label])).toEqual([
      ["support-request.refer", "user", "lee@la-office.example"],
      ["support-request.report-referral", "system", "referral LA Area Chamber of Commerce"],
      ["support-request.report-referral", "system", "referral LA Area Chamber of Commerce"],
    ]);
    expect(audit.rows[2]!.ip).toBe("203.0.113.7");
    expect(audit.rows[2]!.after).toMatchObject({ status: "completed" });
    for (const row of audit.rows) expect(row.after).not.toHaveProperty("reportTokenHash");

    // Final: the link still shows the outcome, but nothing changes any more.
    expect(await refusal(service().reportByToken(token, { status: "declined" }))).toMatchObject({
      code: "INVALID_TRANSITION",
    });
    expect(
      await refusal(service().reportReferral(lee, id, referralId, { status: "accepted" })),
    ).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(await service().referralByToken(token)).toMatchObject({
      status: "completed",
      outcome: "Introduced to H Mart and Zion Market buyers.",
    });
  });

  it("writes to a Korean partner in Korean, and to anyone in Korean when the note is", async () => {
    const id = await newCase();
    await service().refer(lee, id, {
      partnerName: "KOTRA",
      partnerOrganizationId: kotra,
      contactEmail: "la@kotra.example",
      note: "Please check the FDA registration documents.",
    });
    const { invite, url } = await inviteTo("la@kotra.example");
    expect(invite.locale).toBe("ko");
    expect(invite.subject).toBe("[대구 글로벌 게이트웨이] 대구시 LA 사무소의 기업 지원 연계 요청: 대구식품");
    expect(url).toMatch(/^http:\/\/localhost:3000\/referrals\/ref_/);

    await service().refer(lee, id, {
      partnerName: "Korean American Chamber",
      contactEmail: "kacc@example.org",
      note: "대구식품의 LA 유통 상담을 부탁드립니다.",
    });
    expect((await inviteTo("kacc@example.org")).invite.locale).toBe("ko");
  });

  it("lets only the office's side refer and report, and names a partner outside the directory", async () => {
    const id = await newCase();
    expect(await refusal(service().refer(undefined, id, { partnerName: "KOTRA", note: "x" }))).toMatchObject({
      code: "UNAUTHENTICATED",
    });
    // The company sees the case but does not refer it; another company does not learn it exists.
    expect(await refusal(service().refer(kim, id, { partnerName: "KOTRA", note: "x" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(service().refer(choi, id, { partnerName: "KOTRA", note: "x" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await refusal(service().refer(lee, "not-a-uuid", { partnerName: "KOTRA", note: "x" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await refusal(
        service().refer(lee, id, {
          partnerName: "KOTRA",
          partnerOrganizationId: "00000000-0000-7000-8000-000000000000",
          note: "x",
        }),
      ),
    ).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "partnerOrganizationId", message: "is not an organization of the directory" }],
    });

    // Without a contact address there is no link: the office records the outcome itself.
    const referred = await service().refer(lee, id, {
      partnerName: "Daegu Chamber of Commerce",
      note: "전화로 연계",
    });
    const referral = referred.referrals[0]!;
    const row = await setup.database.pool.query(
      "select report_token_hash from support_referrals where id = $1",
      [referral.id],
    );
    expect(row.rows[0].report_token_hash).toBeNull();
    expect(await mails({ kind: "support-referral-invite", text: "Daegu Chamber" })).toEqual([]);

    expect(
      await refusal(service().reportReferral(kim, id, referral.id, { status: "completed" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await refusal(service().reportReferral(choi, id, referral.id, { status: "completed" })),
    ).toMatchObject({ code: "NOT_FOUND" });
    // A referral of another case is not this case's.
    const other = await newCase();
    expect(
      await refusal(service().reportReferral(lee, other, referral.id, { status: "completed" })),
    ).toMatchObject({ code: "NOT_FOUND" });

    const done = await service().reportReferral(lee, id, referral.id, {
      status: "completed",
      outcome: "상공회의소 회원사 2곳과 미팅",
    });
    expect(done.referrals[0]).toMatchObject({ status: "completed", outcome: "상공회의소 회원사 2곳과 미팅" });
    // The assignee acted: only the company is told.
    expect((await mails({ kind: "support-referral-reported", text: id })).map((m) => m.to)).toEqual([
      "kim@foods.example",
    ]);
    expect((await viewOf(kim, id)).referrals[0]).toMatchObject({
      status: "completed",
      outcome: "상공회의소 회원사 2곳과 미팅",
    });
  });

  it("follows the referral's transitions and stops referring closed requests", async () => {
    const id = await newCase();
    const { referrals } = await service().refer(lee, id, { partnerName: "KOTRA", note: "x" });
    const referralId = referrals[0]!.id;
    const accepted = await service().reportReferral(lee, id, referralId, { status: "accepted" });
    expect(accepted.referrals[0]!.status).toBe("accepted");
    expect(
      await refusal(service().reportReferral(lee, id, referralId, { status: "accepted" })),
    ).toMatchObject({ code: "INVALID_TRANSITION" });
    const declined = await service().reportReferral(lee, id, referralId, {
      status: "declined",
      outcome: "No capacity",
    });
    expect(declined.referrals[0]).toMatchObject({ status: "declined", outcome: "No capacity" });
    expect(
      await refusal(service().reportReferral(lee, id, referralId, { status: "completed" })),
    ).toMatchObject({ code: "INVALID_TRANSITION" });

    const closed = await newCase({ status: "closed", closedAt: new Date() });
    expect(await refusal(service().refer(lee, closed, { partnerName: "KOTRA", note: "x" }))).toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });

  it("knows no unknown token", async () => {
    expect(await service().referralByToken("ref_unknown")).toBeUndefined();
    expect(await service().referralByToken("")).toBeUndefined();
    expect(await service().referralByToken("x".repeat(10_000))).toBeUndefined();
    expect(await refusal(service().reportByToken("ref_unknown", { status: "accepted" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(service().reportByToken("ref_unknown", { status: "sent" } as never))).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: [{ field: "status" }],
    });
  });

  it("answers the API with the view, and names invalid fields", async () => {
    const id = await newCase();
    const admin = await bearerFor(setup.app, "admin");
    const created = await setup.app.inject({
      method: "POST",
      url: `/api/v1/support-requests/${id}/referrals`,
      headers: { ...admin, "accept-language": "ko" },
      payload: { partnerName: "KOTRA", contactEmail: "not-an-address", note: "" },
    });
    expect(created.statusCode).toBe(400);
    expect(
      created.json().error.fields.find((f: { field: string }) => f.field === "contactEmail").message,
    ).toBe("이메일 주소여야 합니다");
    expect(
      created
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["contactEmail", "note"]);
    const ok = await setup.app.inject({
      method: "POST",
      url: `/api/v1/support-requests/${id}/referrals`,
      headers: admin,
      payload: { partnerName: "KOTRA", note: "Please help with FDA." },
    });
    expect(ok.statusCode).toBe(201);
    const referralId = ok.json().referrals[0].id;
    const patched = await setup.app.inject({
      method: "PATCH",
      url: `/api/v1/support-requests/${id}/referrals/${referralId}`,
      headers: admin,
      payload: { status: "completed", outcome: "Done" },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().referrals[0]).toMatchObject({ status: "completed", outcome: "Done" });
    const again = await setup.app.inject({
      method: "PATCH",
      url: `/api/v1/support-requests/${id}/referrals/${referralId}`,
      headers: admin,
      payload: { status: "declined" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("INVALID_TRANSITION");
  });
});
