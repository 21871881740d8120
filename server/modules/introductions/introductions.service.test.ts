import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../platform/actor.ts";
import { koreanToday } from "../../platform/korean-date.ts";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";

type Mail = { to: string; kind: string; locale: string; subject: string; text: string };

describe("brokered introductions", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let optics: string;
  let foods: string;
  let meta: string;
  let buyer: string;
  let office: string;
  let frames: string;
  let closed: string;
  let kim: Caller; // a member of Optics, a local manufacturer
  let park: Caller; // a member of Foods, a local SME
  let choi: Caller; // a member of Textiles, a local startup
  let mark: Caller; // a member of Meta (US)
  let sato: Caller; // a member of a Japanese buyer
  let staff: Caller; // staff of the LA office (US)
  let manager: Caller; // the city's program manager

  const service = () => setup.services.introductions;

  /** Mail of one introduction (its link names it), oldest first. */
  async function mailsOf(id: string, kind?: string): Promise<Mail[]> {
    const { rows } = await setup.database.pool.query<Mail>(
      `select "to", kind, locale, subject, "text" from mail_outbox
       where "text" like $1 and ($2::text is null or kind = $2) order by created_at, id`,
      [`%/introductions/${id}%`, kind ?? null],
    );
    return rows;
  }
  const recipients = (mails: Mail[]) => mails.map((m) => `${m.to} ${m.locale}`).sort();

  async function auditActions(id: string): Promise<string[]> {
    const { rows } = await setup.database.pool.query<{ action: string }>(
      "select action from audit_events where resource_type = 'introduction' and resource_id = $1 order by id",
      [id],
    );
    return rows.map((r) => r.action);
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

  const daysFromToday = (days: number) => {
    const date = new Date(`${koreanToday()}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({
        externalId: "optics",
        kind: "manufacturer",
        country: "KR",
        name: { ko: "한빛옵틱스", en: "Hanbit Optics" },
      }),
      organizationRecord({
        externalId: "foods",
        kind: "sme",
        country: "KR",
        name: { ko: "대구식품", en: "Daegu Foods" },
      }),
      organizationRecord({
        externalId: "meta",
        kind: "big-tech",
        scope: "global",
        country: "US",
        name: { ko: "메타", en: "Meta" },
      }),
      organizationRecord({
        externalId: "jp-buyer",
        kind: "buyer",
        scope: "global",
        country: "JP",
        name: { en: "Osaka Eyewear Buyers" },
      }),
      organizationRecord({
        externalId: "la-office",
        kind: "overseas-office",
        scope: "global",
        country: "US",
        name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
      }),
      organizationRecord({ externalId: "textiles", kind: "startup", country: "KR" }),
      opportunityRecord("meta", {
        externalId: "frames",
        kind: "oem-sourcing",
        title: { ko: "AI 안경테 OEM", en: "AI glasses frame OEM" },
      }),
      opportunityRecord("meta", { externalId: "closed", title: { en: "Closed call" }, status: "closed" }),
    ]);
    optics = await idOf(setup, "optics");
    foods = await idOf(setup, "foods");
    meta = await idOf(setup, "meta");
    buyer = await idOf(setup, "jp-buyer");
    office = await idOf(setup, "la-office");
    const opportunities = await setup.database.pool.query<{ id: string; external_id: string }>(
      "select id, external_id from opportunities",
    );
    const opportunity = (externalId: string) =>
      opportunities.rows.find((r) => r.external_id === externalId)!.id;
    frames = opportunity("frames");
    closed = opportunity("closed");

    const people = members(setup);
    kim = await people.memberOf("kim@optics.example", optics);
    park = await people.memberOf("park@foods.example", foods);
    choi = await people.memberOf("choi@textiles.example", await idOf(setup, "textiles"));
    mark = await people.memberOf("mark@meta.example", meta);
    sato = await people.memberOf("sato@buyer.example", buyer);
    staff = await people.memberOf("lee@la-office.example", office);
    const jung = await people.signUp("jung@daegu.example");
    await setup.services.accounts.setRole(testAdmin, "jung@daegu.example", "program-manager");
    // The session caches the role for a few minutes; the next sign-in would carry it.
    manager = { actor: { ...jung.actor, role: "program-manager" } };
  });

  it("goes requested → accepted → meeting held → completed, with a timeline, audit and mail at each step", async () => {
    const requested = await service().request(
      kim,
      { opportunityId: frames, message: "티타늄 안경테 양산 경험이 있습니다." },
      { locale: "ko" },
    );
    expect(requested).toMatchObject({
      status: "requested",
      company: { id: optics, externalId: "optics" },
      partner: { id: meta, externalId: "meta" },
      requestedFor: optics,
      // Meta is in the US: the LA office brokers.
      office: { id: office, externalId: "la-office" },
      opportunity: { id: frames, title: { en: "AI glasses frame OEM" } },
    });
    const id = requested.id;
    expect(recipients(await mailsOf(id, "introduction-requested"))).toEqual(["lee@la-office.example ko"]);
    expect(recipients(await mailsOf(id, "introduction-received"))).toEqual(["kim@optics.example ko"]);
    const [toOffice] = await mailsOf(id, "introduction-requested");
    expect(toOffice!.text).toContain("티타늄 안경테 양산 경험이 있습니다.");
    expect(toOffice!.text).toContain(`http://localhost:3000/introductions/${id}`);

    const accepted = await service().accept(staff, id, { message: "다음 주 화상 미팅을 주선하겠습니다." });
    expect(accepted).toMatchObject({
      status: "accepted",
      brokerMessage: "다음 주 화상 미팅을 주선하겠습니다.",
    });
    const acceptedMail = await mailsOf(id, "introduction-accepted");
    // Both sides, each in their organization's language; Meta's people get the English page.
    expect(recipients(acceptedMail)).toEqual(["kim@optics.example ko", "mark@meta.example en"]);
    const toMeta = acceptedMail.find((m) => m.to === "mark@meta.example")!;
    expect(toMeta.subject).toBe("[Daegu Global Gateway] Introduction accepted: Hanbit Optics ↔ Meta");
    expect(toMeta.text).toContain("Daegu City LA Office accepted");
    expect(toMeta.text).toContain(`http://localhost:3000/en/introductions/${id}`);

    const met = await service().meeting(mark, id, { heldOn: koreanToday(), note: "Good first call" });
    expect(met).toMatchObject({ status: "meeting-held", meetingOn: koreanToday() });
    expect(recipients(await mailsOf(id, "introduction-meeting"))).toEqual([
      "kim@optics.example ko",
      "mark@meta.example en",
    ]);

    const done = await service().outcome(kim, id, { outcome: "contract", amount: 250000, currency: "USD" });
    expect(done).toMatchObject({
      status: "completed",
      outcome: "contract",
      outcomeAmount: "250000.00",
      outcomeCurrency: "USD",
    });
    const outcomeMail = await mailsOf(id, "introduction-outcome");
    // Both sides and the broker who accepted.
    expect(recipients(outcomeMail)).toEqual([
      "kim@optics.example ko",
      "lee@la-office.example ko",
      "mark@meta.example en",
    ]);
    expect(outcomeMail.find((m) => m.to === "mark@meta.example")!.text).toContain(
      "Outcome: Contract, amount $250,000.00",
    );
    expect(outcomeMail.find((m) => m.to === "kim@optics.example")!.text).toContain(
      "결과: 계약, 금액 US$250,000.00",
    );

    const seen = await service().get(kim, id);
    expect(seen.events.map((e) => [e.status, e.actor, e.message])).toEqual([
      ["requested", "kim", "티타늄 안경테 양산 경험이 있습니다."],
      ["accepted", "lee", "다음 주 화상 미팅을 주선하겠습니다."],
      ["meeting-held", "mark", "Good first call"],
      ["completed", "kim", null],
    ]);
    expect(await auditActions(id)).toEqual([
      "introduction.request",
      "introduction.accept",
      "introduction.meeting",
      "introduction.outcome",
    ]);
    // A finished introduction takes no more steps.
    expect(await refusal(service().meeting(kim, id, { heldOn: koreanToday() }))).toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });

  it("lets the city decline with a message where no office serves the partner's country", async () => {
    const requested = await service().request(kim, { partnerId: buyer, message: "Osaka buyers, please" });
    expect(requested.office).toBeNull();
    // No office in Japan: the city's admins and program managers are told.
    expect(recipients(await mailsOf(requested.id, "introduction-requested"))).toEqual([
      "jung@daegu.example ko",
    ]);
    // The LA office brokers the US, not Japan.
    expect(await refusal(service().accept(staff, requested.id, { message: "ok" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(service().get(staff, requested.id))).toMatchObject({ code: "FORBIDDEN" });
    // Neither side brokers.
    expect(await refusal(service().accept(sato, requested.id, { message: "ok" }))).toMatchObject({
      code: "FORBIDDEN",
    });

    const declined = await service().decline(manager, requested.id, {
      message: "이번 분기에는 일본 바이어 상담이 없습니다.",
    });
    expect(declined.status).toBe("declined");
    const mail = await mailsOf(requested.id, "introduction-declined");
    expect(recipients(mail)).toEqual(["kim@optics.example ko"]);
    expect(mail[0]!.text).toContain("대구광역시에서");
    expect(mail[0]!.text).toContain("이번 분기에는 일본 바이어 상담이 없습니다.");
    expect(await refusal(service().accept(manager, requested.id, { message: "after all" }))).toMatchObject({
      code: "INVALID_TRANSITION",
    });
    expect(await auditActions(requested.id)).toEqual(["introduction.request", "introduction.decline"]);
  });

  it("lets the requesting side withdraw while requested or accepted, and no one else", async () => {
    const requested = await service().request(park, { partnerId: meta, message: "Sauces for the LA market" });
    expect(await refusal(service().withdraw(mark, requested.id, {}))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(service().withdraw(staff, requested.id, {}))).toMatchObject({ code: "FORBIDDEN" });
    await service().accept(staff, requested.id, { message: "Will do" });
    const withdrawn = await service().withdraw(park, requested.id, { message: "We found a distributor" });
    expect(withdrawn.status).toBe("withdrawn");
    // The broker who accepted and the other side hear of it.
    expect(recipients(await mailsOf(requested.id, "introduction-withdrawn"))).toEqual([
      "lee@la-office.example ko",
      "mark@meta.example en",
    ]);
    expect(await refusal(service().withdraw(park, requested.id, {}))).toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });

  it("keeps a request from the other side until a broker accepts it (no cold calls)", async () => {
    const ids = async (caller: Caller) =>
      (await service().list(caller, { role: "mine", limit: 100, offset: 0 })).items.map((item) => item.id);

    // Requested: the Japanese buyer's people neither read it nor count it nor can act on it.
    const cold = await service().request(choi, { partnerId: buyer, message: "Cold pitch to Osaka" });
    expect(await refusal(service().get(sato, cold.id))).toMatchObject({ code: "FORBIDDEN" });
    expect(await ids(sato)).not.toContain(cold.id);
    expect((await service().list(sato, { limit: 100, offset: 0 })).items.map((i) => i.id)).not.toContain(
      cold.id,
    );
    // The buyer's people never asked for anything, so they never see a request that is still requested.
    expect((await service().counts(sato, "mine")).requested).toBe(0);
    expect(await refusal(service().withdraw(sato, cold.id, {}))).toMatchObject({ code: "FORBIDDEN" });
    // The side that asked sees it, of course.
    expect((await service().get(choi, cold.id)).message).toBe("Cold pitch to Osaka");
    expect(await ids(choi)).toContain(cold.id);

    // Declined: the broker's reason is for the requester only.
    await service().decline(manager, cold.id, { message: "Osaka buyers want volume you do not have yet" });
    expect(await refusal(service().get(sato, cold.id))).toMatchObject({ code: "FORBIDDEN" });
    expect(await ids(sato)).not.toContain(cold.id);
    expect((await service().counts(sato, "mine")).declined).toBe(0);
    expect(recipients(await mailsOf(cold.id, "introduction-declined"))).toEqual(["choi@textiles.example ko"]);

    // Withdrawn before any acceptance: the brokers hear of it, the other side never does.
    const second = await service().request(choi, { partnerId: buyer, message: "Second try" });
    await service().withdraw(choi, second.id, { message: "Too early" });
    expect(recipients(await mailsOf(second.id, "introduction-withdrawn"))).toEqual(["jung@daegu.example ko"]);
    expect(await refusal(service().get(sato, second.id))).toMatchObject({ code: "FORBIDDEN" });
    expect(await ids(sato)).not.toContain(second.id);
    expect((await service().counts(sato, "mine")).withdrawn).toBe(0);

    // Accepted: now both sides see it, with the request and the timeline.
    const third = await service().request(choi, { partnerId: buyer, message: "With samples this time" });
    await service().accept(manager, third.id, { message: "A call on Friday" });
    const seen = await service().get(sato, third.id);
    expect(seen).toMatchObject({ status: "accepted", message: "With samples this time" });
    expect(service().stepsFor(sato, seen)).toEqual(["meeting"]);
    expect(await ids(sato)).toContain(third.id);
    expect((await service().counts(sato, "mine")).accepted).toBe(1);
    // Withdrawn after acceptance: still theirs to see, and they are told.
    await service().withdraw(choi, third.id, {});
    expect((await service().get(sato, third.id)).status).toBe("withdrawn");
    expect(await ids(sato)).toContain(third.id);
    expect(recipients(await mailsOf(third.id, "introduction-withdrawn"))).toEqual([
      "jung@daegu.example ko",
      "sato@buyer.example en",
    ]);
  });

  it("lets a broker close an accepted introduction whose meeting will not happen, telling both sides", async () => {
    const { id } = await service().request(kim, { partnerId: meta, message: "Lenses for Meta" });
    await service().accept(staff, id, { message: "A call next week" });
    // Neither side closes it: the requester may withdraw, the other side may not decline.
    expect(await refusal(service().decline(kim, id, { message: "no" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(service().decline(mark, id, { message: "no" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(service().stepsFor(staff, await service().get(staff, id))).toEqual(["meeting", "decline"]);

    const closed = await service().decline(staff, id, { message: "Meta's buyers cancelled the trip" });
    expect(closed).toMatchObject({ status: "declined", brokerMessage: "Meta's buyers cancelled the trip" });
    expect(closed.events.map((e) => e.status)).toEqual(["requested", "accepted", "declined"]);
    const mail = await mailsOf(id, "introduction-declined");
    expect(recipients(mail)).toEqual(["kim@optics.example ko", "mark@meta.example en"]);
    const toMeta = mail.find((m) => m.to === "mark@meta.example")!;
    expect(toMeta.subject).toBe("[Daegu Global Gateway] Introduction closed: Hanbit Optics ↔ Meta");
    expect(toMeta.text).toContain("Daegu City LA Office closed the introduction");
    expect(toMeta.text).toContain("Meta's buyers cancelled the trip");
    expect(mail.find((m) => m.to === "kim@optics.example")!.text).toContain("소개를 종료했습니다");
    // The other side keeps seeing it; the pair is free to ask again.
    expect((await service().get(mark, id)).status).toBe("declined");
    expect(await auditActions(id)).toEqual([
      "introduction.request",
      "introduction.accept",
      "introduction.decline",
    ]);
    const again = await service().request(kim, { partnerId: meta, message: "Once the trip is rescheduled" });
    expect(again.status).toBe("requested");
    await service().withdraw(kim, again.id, {});
  });

  it("refuses steps out of order and a meeting in the future", async () => {
    const { id } = await service().request(
      kim,
      { partnerId: meta, message: "Without an opportunity" },
      { locale: "en" },
    );
    // Asked from an English page: the confirmation is in English, whatever the organization reads.
    expect(recipients(await mailsOf(id, "introduction-received"))).toEqual(["kim@optics.example en"]);
    expect(await refusal(service().meeting(kim, id, { heldOn: koreanToday() }))).toMatchObject({
      code: "INVALID_TRANSITION",
    });
    expect(await refusal(service().outcome(kim, id, { outcome: "deal" }))).toMatchObject({
      code: "INVALID_TRANSITION",
    });
    await service().accept(manager, id, { message: "Arranged" });
    expect(await refusal(service().meeting(kim, id, { heldOn: daysFromToday(2) }))).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "heldOn", message: "must not be in the future" }],
    });
    // Nothing was written by the refused step.
    expect((await service().get(kim, id)).status).toBe("accepted");
    await service().meeting(staff, id, { heldOn: daysFromToday(-3) });
    expect(
      await refusal(service().outcome(kim, id, { outcome: "none", amount: 10, currency: "USD" })),
    ).toMatchObject({
      fields: [{ field: "amount" }],
    });
    expect(
      await refusal(service().outcome(kim, id, { outcome: "deal", amount: 10, currency: "XXY" })),
    ).toMatchObject({
      fields: [{ field: "currency" }],
    });
    expect((await service().outcome(kim, id, { outcome: "none" })).outcome).toBe("none");
  });

  it("shows a company only its own introductions; another company gets 403", async () => {
    const own = await service().request(park, { partnerId: buyer, message: "Foods for Osaka" });
    const others = await service().get(park, own.id);
    expect(others.company.id).toBe(foods);
    const { items: kimItems } = await service().list(kim, { limit: 100, offset: 0 });
    expect(kimItems.length).toBeGreaterThan(0);
    expect(kimItems.every((item) => item.company.id === optics)).toBe(true);
    expect(await refusal(service().get(kim, own.id))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(service().get(kim, "00000000-0000-7000-8000-000000000000"))).toMatchObject({
      code: "NOT_FOUND",
    });

    // The LA office's queue holds the US partner's introductions only; the city's holds all.
    const { items: queue } = await service().list(staff, { role: "broker", limit: 100, offset: 0 });
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((item) => item.office?.id === office)).toBe(true);
    const all = await service().list(manager, { limit: 100, offset: 0 });
    expect(all.items.some((item) => item.id === own.id)).toBe(true);
    const requestedOnly = await service().list(manager, { status: "requested", limit: 100, offset: 0 });
    expect(requestedOnly.items.every((item) => item.status === "requested")).toBe(true);
    const counts = await service().counts(manager, "broker");
    expect(counts.requested).toBe(requestedOnly.total);
    // Meta's people see those where Meta is the partner.
    const { items: metaItems } = await service().list(mark, { role: "mine", limit: 100, offset: 0 });
    expect(metaItems.length).toBeGreaterThan(0);
    expect(metaItems.every((item) => item.partner.id === meta)).toBe(true);
  });

  it("lets a partner ask for a company, for its own opportunity only", async () => {
    const asked = await service().request(mark, {
      companyId: foods,
      opportunityId: frames,
      message: "Your frames?",
    });
    expect(asked).toMatchObject({ company: { id: foods }, partner: { id: meta }, requestedFor: meta });
    expect(
      await refusal(service().request(sato, { companyId: foods, opportunityId: frames, message: "x" })),
    ).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "opportunityId", message: "is not an opportunity of your organization" }],
    });
    expect(await refusal(service().request(mark, { message: "no company" }))).toMatchObject({
      fields: [{ field: "companyId", message: "is required" }],
    });
    // Someone who acts for no organization cannot ask; the city must name the company.
    const nowhere: Caller = { actor: { ...mark.actor, organizationId: undefined } };
    expect(await refusal(service().request(nowhere, { partnerId: meta, message: "x" }))).toEqual({
      code: "FORBIDDEN",
      fields: [{ field: "organizationId", message: "you must act for a company or partner organization" }],
    });
    expect(await refusal(service().request(manager, { partnerId: buyer, message: "x" }))).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "companyId", message: "is required when you act for no organization" }],
    });
    expect(await refusal(service().request(mark, { companyId: buyer, message: "a buyer" }))).toMatchObject({
      fields: [{ field: "companyId", message: "must be a local organization" }],
    });
  });

  it("refuses duplicates, unknown ids, closed opportunities and introducing an organization to itself", async () => {
    await service().request(choi, { opportunityId: frames, message: "first" });
    expect(await refusal(service().request(choi, { opportunityId: frames, message: "again" }))).toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    expect(
      await refusal(
        service().request(kim, { opportunityId: "00000000-0000-7000-8000-000000000000", message: "x" }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", fields: [{ field: "opportunityId" }] });
    expect(await refusal(service().request(kim, { opportunityId: closed, message: "x" }))).toEqual({
      code: "CONFLICT",
      fields: [{ field: "opportunityId", message: "is closed" }],
    });
    expect(
      await refusal(service().request(manager, { companyId: optics, partnerId: optics, message: "x" })),
    ).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "partnerId", message: "cannot be introduced to itself" }],
    });
    // The city asks on the company's behalf.
    const byCity = await service().request(manager, {
      companyId: optics,
      partnerId: buyer,
      message: "From the city",
    });
    expect(byCity.requestedFor).toBe(optics);
  });

  it("lets an organization's API token act for its organization", async () => {
    const { token } = await setup.services.tokens.create(testAdmin, {
      name: "optics-sync",
      role: "company-member",
      organizationId: optics,
    });
    const actor = await setup.services.tokens.authenticate(token);
    // The first test's introduction to this opportunity is complete, so a new one may open.
    const made = await service().request({ actor: actor! }, { opportunityId: frames, message: "via API" });
    expect(made).toMatchObject({ company: { id: optics }, requestedFor: optics });
    // Tokens get no confirmation mail: they have no mailbox.
    expect(await mailsOf(made.id, "introduction-received")).toEqual([]);
  });
});
