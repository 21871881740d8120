import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SupportRequestCreate } from "../../../contracts/support-requests/support-request.ts";
import { readAll } from "../../platform/files/storage.ts";
import { localizeMessage } from "../../platform/i18n.ts";
import { createTestApp } from "../../testing/app.ts";
import { testAdmin } from "../../testing/factories.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { chooseAssignee } from "./routing.ts";
import { dueTimes } from "./sla.ts";
import { monday9, refusal, slaTargets, supportDesk } from "./support-desk.fixtures.ts";
import { createSupportRequestsService } from "./support-requests.service.ts";
import { supportAttachments, supportEvents, supportRequests } from "./support-requests.table.ts";

type Mail = { to: string; kind: string; locale: string; subject: string; text: string };

const pdf = Buffer.from("%PDF-1.7\n%%EOF\n");
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);

describe("asking for support: intake and routing", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let desk: Awaited<ReturnType<typeof supportDesk>>;
  const service = () => setup.services.supportRequests;
  const db = () => setup.database.db;

  const ask = (overrides: Partial<SupportRequestCreate> = {}): SupportRequestCreate => ({
    service: "certification",
    targetMarket: "US",
    subject: "FDA 식품시설 등록",
    description: "고추장 수출을 위해 FDA 식품시설 등록이 필요합니다.",
    preferredLanguage: "ko",
    ...overrides,
  });

  async function mailsOf(id: string): Promise<Mail[]> {
    const { rows } = await setup.database.pool.query<Mail>(
      `select "to", kind, locale, subject, "text" from mail_outbox where "text" like $1 order by created_at, id`,
      [`%/support/${id}%`],
    );
    return rows;
  }
  const countRows = async () => {
    const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(supportRequests);
    return row!.n;
  };

  beforeAll(async () => {
    setup = await createTestApp();
    desk = await supportDesk(setup);
    const { lee, park, yoon, tran } = desk.people;
    await desk.skills(desk.la.id, lee, ["certification", "legal-tax"]);
    await desk.skills(desk.la.id, park, ["certification"]);
    await desk.skills(desk.la.id, yoon, ["buyer-matching"]);
    await desk.skills(desk.hanoi.id, tran, ["market-research"]);
  });

  it("routes a request to the office serving the market and to a skilled staff member, with its clocks, history, audit and mail", async () => {
    const { kim, lee } = desk.people;
    const view = await service().create(kim, ask({ preferredLanguage: "en" }), [], { now: monday9 });

    expect(view).toMatchObject({
      status: "new",
      priority: "normal",
      service: "certification",
      targetMarket: "US",
      preferredLanguage: "en",
      company: { id: desk.orgs.foods, name: { en: "Daegu Foods" } },
      office: { id: desk.la.id, timeZone: "America/Los_Angeles" },
      assignee: { id: lee.actor.id },
      requestedBy: "kim",
    });
    expect(view.number).toBeGreaterThan(0);
    // Normal: first response in 240 business minutes (Monday 13:00 in LA), resolution in 2,400 (5 days).
    expect(view.sla.firstResponse).toMatchObject({ state: "running", dueAt: "2026-02-02T21:00:00.000Z" });
    const calendar = officeCalendar({ ...desk.la, updatedAt: desk.la.updatedAt.toISOString() }, monday9);
    const expected = dueTimes({ createdAt: monday9, slaPausedMinutes: 0 }, slaTargets.normal, calendar);
    expect(view.sla.resolution.dueAt).toBe(expected.resolutionDueAt.toISOString());
    // The company sees the status history; the office also sees the assignment.
    expect(view.events.map((e) => [e.kind, e.toStatus])).toEqual([["status", "new"]]);
    const staffView = await service().get(lee, view.id);
    expect(staffView.events.map((e) => [e.kind, e.toStatus])).toEqual([
      ["status", "new"],
      ["assignment", null],
    ]);
    expect(staffView.events[1]!.detail).toMatchObject({ assigneeId: lee.actor.id, routed: true });
    expect(view.actions).toContain("attach");

    const { rows: audit } = await setup.database.pool.query(
      "select action from audit_events where resource_type = 'support-request' and resource_id = $1",
      [view.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["support-request.create"]);

    const mails = await mailsOf(view.id);
    const received = mails.filter((m) => m.kind === "support-request-received");
    // The company's members, in the language the request asked for; the due time in the office's zone.
    expect(received.map((m) => `${m.to} ${m.locale}`).sort()).toEqual([
      "han@foods.example en",
      "kim@foods.example en",
    ]);
    expect(received[0]!.subject).toContain(`#${view.number} FDA 식품시설 등록`);
    expect(received[0]!.text).toContain("Daegu City LA Office");
    expect(received[0]!.text).toMatch(/Mon, February 2, 2026,? (at )?1:00\sPM PST \(America\/Los_Angeles\)/);
    const assigned = mails.filter((m) => m.kind === "support-request-assigned");
    expect(assigned.map((m) => `${m.to} ${m.locale}`)).toEqual(["lee@la-office.example ko"]);
    expect(assigned[0]!.subject).toBe(
      `[대구 글로벌 게이트웨이] 새 지원 요청 배정: #${view.number} FDA 식품시설 등록`,
    );
  });

  describe("choosing the assignee", () => {
    const office = () => desk.la;

    it("prefers staff with the service among their skills, then the fewest open requests, then the earliest member", async () => {
      const { lee, park, yoon, kim } = desk.people;
      // Yoon has the fewest open requests (none) but not the skill: lee or park, whoever has fewer.
      expect([lee.actor.id, park.actor.id]).toContain(await chooseAssignee(db(), office(), "certification"));
      for (let i = 0; i < 3; i++) await service().create(kim, ask({ subject: `load ${i}` }));
      const openOf = async (p: typeof lee) => {
        const [row] = await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(supportRequests)
          .where(eq(supportRequests.assigneeId, p.actor.id));
        return row!.n;
      };
      // Routing balanced the skilled two: neither ran ahead by more than one. The less loaded is next, and
      // on a tie the earlier member (lee).
      const [leeOpen, parkOpen] = [await openOf(lee), await openOf(park)];
      expect(Math.abs(leeOpen - parkOpen)).toBeLessThanOrEqual(1);
      expect(await chooseAssignee(db(), office(), "certification")).toBe(
        leeOpen <= parkOpen ? lee.actor.id : park.actor.id,
      );
      // One more flips it: a tie becomes lee's lead (park next), a lead becomes a tie (lee next).
      await service().create(kim, ask({ subject: "one more" }));
      const [leeAfter, parkAfter] = [await openOf(lee), await openOf(park)];
      expect(leeAfter + parkAfter).toBe(leeOpen + parkOpen + 1);
      expect(await chooseAssignee(db(), office(), "certification")).toBe(
        leeAfter <= parkAfter ? lee.actor.id : park.actor.id,
      );
      expect(leeAfter - parkAfter).toBe(leeOpen === parkOpen ? 1 : 0);
      // Buyer matching: yoon is the only one with that skill, whatever the load.
      expect(await chooseAssignee(db(), office(), "buyer-matching")).toBe(yoon.actor.id);
      // Nobody has interpretation: the least loaded of all (yoon has none open).
      expect(await chooseAssignee(db(), office(), "interpretation")).toBe(yoon.actor.id);
    });

    it("skips staff marked unavailable, and assigns nobody when nobody is available", async () => {
      const { lee, park, yoon, tran, kim } = desk.people;
      await desk.skills(desk.la.id, yoon, ["buyer-matching"], false);
      expect([lee.actor.id, park.actor.id]).toContain(await chooseAssignee(db(), office(), "buyer-matching"));
      await desk.skills(desk.la.id, yoon, ["buyer-matching"], true);

      await desk.skills(desk.hanoi.id, tran, ["market-research"], false);
      const view = await service().create(kim, ask({ service: "market-research", targetMarket: "VN" }));
      expect(view.office.id).toBe(desk.hanoi.id);
      expect(view.assignee).toBeNull();
      expect((await service().get(tran, view.id)).events.map((e) => e.kind)).toEqual(["status"]);
      // Nobody assigned: every staff member of the office hears of it.
      const mails = await mailsOf(view.id);
      expect(mails.filter((m) => m.kind === "support-request-assigned").map((m) => m.to)).toEqual([
        "tran@hanoi-office.example",
      ]);
      expect(mails.find((m) => m.kind === "support-request-assigned")!.subject).toContain("담당자 미정");
      await desk.skills(desk.hanoi.id, tran, ["market-research"], true);
    });
  });

  describe("who may ask, and for which company", () => {
    it("lets a member ask for their own company only", async () => {
      const { kim } = desk.people;
      expect(await refusal(service().create(kim, ask({ companyId: desk.orgs.optics })))).toEqual({
        code: "FORBIDDEN",
        fields: [{ field: "companyId", message: "must be an organization you belong to" }],
      });
      const view = await service().create(kim, ask({ companyId: desk.orgs.foods }));
      expect(view.company.id).toBe(desk.orgs.foods);
    });

    it("refuses a partner's member and office staff: they do not act for a company", async () => {
      expect(await refusal(service().create(desk.people.mark, ask()))).toEqual({
        code: "FORBIDDEN",
        fields: [{ field: "companyId", message: "you must act for a local company" }],
      });
      expect((await refusal(service().create(desk.people.lee, ask()))).code).toBe("FORBIDDEN");
      expect((await refusal(service().create(undefined, ask()))).code).toBe("UNAUTHENTICATED");
    });

    it("lets the city ask on behalf of any local company, naming it", async () => {
      const { manager } = desk.people;
      expect(await refusal(service().create(manager, ask()))).toEqual({
        code: "VALIDATION_FAILED",
        fields: [{ field: "companyId", message: "is required when you act for no organization" }],
      });
      expect(await refusal(service().create(manager, ask({ companyId: desk.orgs.meta })))).toEqual({
        code: "VALIDATION_FAILED",
        fields: [{ field: "companyId", message: "must be a local company" }],
      });
      const view = await service().create(manager, ask({ companyId: desk.orgs.optics }), [], {
        locale: "en",
      });
      expect(view.company.id).toBe(desk.orgs.optics);
      // The company's member hears of it in the request's language; the city's person in their page's.
      const received = (await mailsOf(view.id)).filter((m) => m.kind === "support-request-received");
      expect(received.map((m) => `${m.to} ${m.locale}`).sort()).toEqual([
        "choi@optics.example ko",
        "jung@daegu.example en",
      ]);
      const cli = await service().create(testAdmin, ask({ companyId: desk.orgs.optics }));
      expect(cli.requestedBy).toBe("");
    });
  });

  describe("bad input", () => {
    it("names a missing subject, in the caller's language", async () => {
      const { subject: _, ...noSubject } = ask();
      const ko = await refusal(service().create(desk.people.kim, noSubject as SupportRequestCreate));
      expect(ko).toEqual({
        code: "VALIDATION_FAILED",
        fields: [{ field: "subject", message: "필수 항목입니다" }],
      });
      const en = await refusal(
        service().create(desk.people.kim, { ...ask(), subject: "  " }, [], { locale: "en" }),
      );
      expect(en.fields![0]!.field).toBe("subject");
    });

    it("names a market no office serves, listing those served, in Korean too", async () => {
      const refused = await refusal(service().create(desk.people.kim, ask({ targetMarket: "JP" })));
      expect(refused).toEqual({
        code: "VALIDATION_FAILED",
        fields: [{ field: "targetMarket", message: "must be a market an office serves: CA, US, VN" }],
      });
      expect(localizeMessage(refused.fields![0]!.message, "ko")).toBe(
        "해외사무소가 담당하는 시장이어야 합니다: CA, US, VN",
      );
    });

    it("names a service the market's office does not offer", async () => {
      const refused = await refusal(
        service().create(desk.people.kim, ask({ service: "legal-tax", targetMarket: "VN" })),
      );
      expect(refused).toEqual({
        code: "VALIDATION_FAILED",
        fields: [
          { field: "service", message: "is not offered by the office serving this market: market-research" },
        ],
      });
    });
  });

  describe("attachments", () => {
    it("stores the files with the request, checked by content, under support/<request>/<attachment>", async () => {
      const view = await service().create(desk.people.kim, ask(), [
        { name: "registration.pdf", bytes: pdf },
        { name: "ingredients.csv", bytes: Buffer.from("item,kg\n고추장,100\n") },
      ]);
      expect(view.attachments.map((a) => [a.name, a.kind, a.contentType, a.size])).toEqual([
        ["registration.pdf", "pdf", "application/pdf", pdf.length],
        ["ingredients.csv", "csv", "text/csv; charset=utf-8", Buffer.byteLength("item,kg\n고추장,100\n")],
      ]);
      expect(view.attachments[0]!.url).toBe(
        `/api/v1/support-requests/${view.id}/attachments/${view.attachments[0]!.id}`,
      );
      const [row] = await db()
        .select()
        .from(supportAttachments)
        .where(eq(supportAttachments.id, view.attachments[0]!.id));
      expect(row!.key).toBe(`support/${view.id}/${row!.id}`);
      const stored = await setup.services.files.get(row!.key);
      expect((await readAll(stored!)).equals(pdf)).toBe(true);
    });

    it("refuses the whole request when a file is refused: nothing is written", async () => {
      const before = await countRows();
      const refused = await refusal(
        service().create(desk.people.kim, ask(), [
          { name: "fine.pdf", bytes: pdf },
          { name: "report.pdf", bytes: elf },
        ]),
      );
      expect(refused.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(refused.fields![0]).toMatchObject({ field: "attachments" });
      expect(refused.fields![0]!.message).toMatch(/^“report\.pdf” must be a PDF/);
      expect(await countRows()).toBe(before);
    });

    it("leaves no rows (only orphan bytes) when the transaction fails after the files were stored", async () => {
      const failing = createSupportRequestsService({
        db: db(),
        audit: setup.services.audit,
        files: setup.services.files,
        baseURL: "http://localhost",
        mail: {
          send: async () => {
            throw new Error("mail outbox unavailable");
          },
        },
      });
      const before = await countRows();
      const [attachmentsBefore] = await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(supportAttachments);
      await expect(failing.create(desk.people.kim, ask(), [{ name: "a.pdf", bytes: pdf }])).rejects.toThrow(
        "mail outbox unavailable",
      );
      expect(await countRows()).toBe(before);
      const [attachmentsAfter] = await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(supportAttachments);
      expect(attachmentsAfter!.n).toBe(attachmentsBefore!.n);
      const [events] = await db().select({ n: sql<number>`count(*)::int` }).from(supportEvents);
      expect(events!.n).toBeGreaterThan(0);
    });
  });
});
