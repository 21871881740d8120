import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SupportStatus } from "../../../contracts/support-requests/vocabulary.ts";
import { supportStatuses } from "../../../contracts/support-requests/vocabulary.ts";
import type { Caller } from "../../platform/actor.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";
import { offices } from "../offices/offices.table.ts";
import { supportRequests } from "./support-requests.table.ts";

type Mail = { to: string; kind: string; locale: string; subject: string; text: string };

const open = { start: "09:00", end: "18:00" };
/** Distinct targets per priority, in the office's business minutes (9 hours a weekday). */
const slaTargets = {
  low: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
  normal: { firstResponseMinutes: 240, resolutionMinutes: 2400 },
  high: { firstResponseMinutes: 120, resolutionMinutes: 960 },
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 480 },
};

/** Monday 2 February 2026, 09:00 in Los Angeles (PST, UTC−8): the office has just opened. */
const monday9 = new Date("2026-02-02T17:00:00Z");
const at = (iso: string) => new Date(iso);

describe("the workflow and thread of a support request", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let officeId: string;
  let otherOfficeId: string;
  let foods: string;
  let lee: Caller; // staff of the LA office, the assignee
  let park: Caller; // staff of the LA office
  let jay: Caller; // staff of the New York office
  let kim: Caller; // a member of Daegu Foods, the requesting company
  let choi: Caller; // a member of another company
  let manager: Caller; // the city's program manager

  const service = () => setup.services.supportRequests;
  const db = () => setup.database.db;

  /** A request of Daegu Foods routed to the LA office and assigned to lee, written through the table. */
  async function newCase(overrides: Partial<typeof supportRequests.$inferInsert> = {}): Promise<string> {
    const [row] = await db()
      .insert(supportRequests)
      .values({
        companyId: foods,
        officeId,
        requestedBy: kim.actor.id,
        assigneeId: lee.actor.id,
        service: "certification",
        targetMarket: "US",
        subject: "FDA food facility registration",
        description: "We export gochujang and need the FDA food facility registration.",
        preferredLanguage: "en",
        status: "in-progress",
        ...overrides,
      })
      .returning();
    return row!.id;
  }

  /** The columns a status carries when a request is written straight into it. */
  function stateOf(status: SupportStatus): Partial<typeof supportRequests.$inferInsert> {
    const dayAgo = new Date(Date.now() - 86_400_000);
    if (status === "waiting-on-company") return { status, slaPausedAt: dayAgo };
    if (status === "resolved") return { status, slaPausedAt: dayAgo, resolvedAt: dayAgo };
    if (status === "closed") return { status, slaPausedAt: dayAgo, resolvedAt: dayAgo, closedAt: dayAgo };
    return { status };
  }

  const rowOf = async (id: string) =>
    (await db().select().from(supportRequests).where(eq(supportRequests.id, id)))[0]!;

  /** The case as `caller` sees it. */
  const viewAs = (caller: Caller, id: string, now = new Date()) => service().get(caller, id, { now });

  /** Mail about one request (its link names it), oldest first. */
  async function mailsOf(id: string, kind?: string): Promise<Mail[]> {
    const { rows } = await setup.database.pool.query<Mail>(
      `select "to", kind, locale, subject, "text" from mail_outbox
       where "text" like $1 and ($2::text is null or kind = $2) order by created_at, id`,
      [`%/support/${id}%`, kind ?? null],
    );
    return rows;
  }
  const recipientsOf = (mails: Mail[]) => mails.map((m) => `${m.to} ${m.locale}`).sort();

  async function auditActions(id: string): Promise<string[]> {
    const { rows } = await setup.database.pool.query<{ action: string }>(
      "select action from audit_events where resource_type = 'support-request' and resource_id = $1 order by id",
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
        externalId: "ny-office",
        kind: "overseas-office",
        scope: "global",
        country: "US",
        name: { ko: "대구시 뉴욕 사무소", en: "Daegu City New York Office" },
      }),
      organizationRecord({
        externalId: "foods",
        kind: "sme",
        country: "KR",
        name: { ko: "대구식품", en: "Daegu Foods" },
      }),
      organizationRecord({ externalId: "textiles", kind: "startup", country: "KR" }),
    ]);
    const laOrg = await idOf(setup, "la-office");
    const nyOrg = await idOf(setup, "ny-office");
    foods = await idOf(setup, "foods");
    const desk = {
      hours: [null, open, open, open, open, open, null],
      services: ["certification" as const, "buyer-matching" as const],
      slaTargets,
    };
    const [la] = await db()
      .insert(offices)
      .values({
        ...desk,
        organizationId: laOrg,
        name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
        countries: ["US"],
        timeZone: "America/Los_Angeles",
      })
      .returning();
    const [ny] = await db()
      .insert(offices)
      .values({
        ...desk,
        organizationId: nyOrg,
        name: { ko: "대구시 뉴욕 사무소", en: "Daegu City New York Office" },
        countries: ["CA"],
        timeZone: "America/New_York",
      })
      .returning();
    officeId = la!.id;
    otherOfficeId = ny!.id;
    const people = members(setup);
    lee = await people.memberOf("lee@la-office.example", laOrg);
    park = await people.memberOf("park@la-office.example", laOrg);
    jay = await people.memberOf("jay@ny-office.example", nyOrg);
    kim = await people.memberOf("kim@foods.example", foods);
    choi = await people.memberOf("choi@textiles.example", await idOf(setup, "textiles"));
    const jung = await people.signUp("jung@daegu.example");
    await setup.services.accounts.setRole(testAdmin, "jung@daegu.example", "program-manager");
    manager = { actor: { ...jung.actor, role: "program-manager" } };
  });

  describe("the state machine", () => {
    /** Who may make which move: the policy's table, written out. */
    const allowed: Record<"office" | "company", Record<SupportStatus, SupportStatus[]>> = {
      office: {
        new: ["triaged", "in-progress"],
        triaged: ["in-progress", "waiting-on-company", "resolved"],
        "in-progress": ["waiting-on-company", "resolved"],
        "waiting-on-company": ["in-progress", "resolved"],
        resolved: ["in-progress", "closed"],
        closed: [],
      },
      company: {
        new: ["closed"],
        triaged: ["closed"],
        "in-progress": ["closed"],
        "waiting-on-company": ["in-progress", "closed"],
        resolved: ["in-progress", "closed"],
        closed: [],
      },
    };
    /** Moves a side may never make, from any status: 403 rather than 409. */
    const never = {
      office: ["new"],
      company: ["new", "triaged", "waiting-on-company", "resolved"],
    };
    const names: Record<SupportStatus, string> = {
      new: "new",
      triaged: "triaged",
      "in-progress": "in progress",
      "waiting-on-company": "waiting on company",
      resolved: "resolved",
      closed: "closed",
    };

    it.each(["office", "company"] as const)("lets the %s side make exactly its moves", async (side) => {
      const caller = side === "office" ? lee : kim;
      for (const from of supportStatuses) {
        const shown = (await viewAs(caller, await newCase(stateOf(from)))).actions
          .filter((a) => a.startsWith("transition:"))
          .map((a) => a.slice("transition:".length));
        // The page offers exactly the moves the service accepts.
        expect(shown.sort(), `${side} from ${from}`).toEqual([...allowed[side][from]].sort());
        for (const to of supportStatuses) {
          const id = await newCase(stateOf(from));
          const input = { to, ...(to === "waiting-on-company" ? { message: "Please send the label." } : {}) };
          const work = service().transition(caller, id, input);
          if (allowed[side][from].includes(to)) {
            const view = await work;
            expect(view.status, `${side} ${from} → ${to}`).toBe(to);
            expect(view.events.at(-1), `${side} ${from} → ${to}`).toMatchObject({
              kind: "status",
              fromStatus: from,
              toStatus: to,
              actor: side === "office" ? "lee" : "kim",
            });
            expect(await auditActions(id)).toEqual(["support-request.transition"]);
          } else if (never[side].includes(to)) {
            expect(await refusal(work), `${side} ${from} → ${to}`).toEqual({ code: "FORBIDDEN" });
          } else {
            expect(await refusal(work), `${side} ${from} → ${to}`).toEqual({
              code: "INVALID_TRANSITION",
              fields: [{ field: "to", message: `is not possible while the request is ${names[from]}` }],
            });
            expect((await rowOf(id)).status).toBe(from);
            expect(await auditActions(id)).toEqual([]);
          }
        }
      }
    });

    it("walks a request from new to closed with its history, audit events and mail to the other side", async () => {
      const id = await newCase({ status: "new" });
      await service().transition(lee, id, { to: "triaged" });
      await service().transition(lee, id, { to: "in-progress" });
      const waiting = await service().transition(lee, id, {
        to: "waiting-on-company",
        message: "Please send the product label in English.",
      });
      expect(waiting.messages.map((m) => [m.visibility, m.side, m.author, m.body])).toEqual([
        ["public", "office", "lee", "Please send the product label in English."],
      ]);
      expect(waiting.firstRespondedAt).not.toBeNull();
      // The company answers: the request is back with the office, without a second mail about it.
      const answered = await service().postMessage(kim, id, {
        body: "Attached is our label.",
        visibility: "public",
        mentions: [],
      });
      expect(answered.status).toBe("in-progress");
      await service().transition(lee, id, { to: "resolved", message: "The registration is done." });
      const closed = await service().transition(kim, id, { to: "closed" });
      expect(closed.status).toBe("closed");
      expect(closed.closedAt).not.toBeNull();
      expect(closed.actions).toEqual(["rate"]);

      expect(closed.events.map((e) => [e.fromStatus, e.toStatus, e.actor, e.detail])).toEqual([
        ["new", "triaged", "lee", {}],
        ["triaged", "in-progress", "lee", {}],
        ["in-progress", "waiting-on-company", "lee", {}],
        ["waiting-on-company", "in-progress", "kim", { automatic: true }],
        ["in-progress", "resolved", "lee", {}],
        ["resolved", "closed", "kim", {}],
      ]);
      expect(await auditActions(id)).toEqual([
        "support-request.transition",
        "support-request.transition",
        "support-request.transition",
        "support-request.message",
        "support-request.transition",
        "support-request.transition",
        "support-request.transition",
      ]);

      // The office's moves go to the company in the language it asked for; the company's to the assignee.
      const status = await mailsOf(id, "support-request-status");
      expect(status.map((m) => `${m.to} ${m.locale}`)).toEqual([
        "kim@foods.example en",
        "kim@foods.example en",
        "kim@foods.example en",
        "kim@foods.example en",
        "lee@la-office.example ko",
      ]);
      const asked = status[2]!;
      expect(asked.subject).toContain("Waiting on company");
      expect(asked.text).toContain("lee moved support request");
      expect(asked.text).toContain("“Please send the product label in English.”");
      expect(asked.text).toContain(`http://localhost:3000/en/support/${id}`);
      expect(status[4]!.text).toContain("'해결됨'에서 '종료'(으)로");
      expect(status[4]!.text).toContain(`http://localhost:3000/support/${id}`);
      expect(recipientsOf(await mailsOf(id, "support-request-reply"))).toEqual(["lee@la-office.example ko"]);
    });

    it("asks for a message to send the request back to the company", async () => {
      const id = await newCase();
      expect(
        await refusal(service().transition(lee, id, { to: "waiting-on-company", message: "  " })),
      ).toEqual({
        code: "VALIDATION_FAILED",
        fields: [{ field: "message", message: "is required when asking the company for an answer" }],
      });
      expect((await rowOf(id)).status).toBe("in-progress");
    });

    it("lets the company reopen only within the reopen period; the office may reopen any time", async () => {
      const now = new Date();
      const recent = await newCase(stateOf("resolved"));
      const reopened = await service().transition(kim, recent, { to: "in-progress" }, { now });
      expect(reopened).toMatchObject({ status: "in-progress", resolvedAt: null, reopenUntil: null });
      expect((await rowOf(recent)).reopenCount).toBe(1);

      const longAgo = new Date(now.getTime() - 15 * 86_400_000); // the office keeps 14 days
      const stale = await newCase({ status: "resolved", resolvedAt: longAgo, slaPausedAt: longAgo });
      expect((await viewAs(kim, stale, now)).actions).not.toContain("transition:in-progress");
      expect(await refusal(service().transition(kim, stale, { to: "in-progress" }, { now }))).toEqual({
        code: "INVALID_TRANSITION",
        fields: [{ field: "to", message: "can no longer be reopened: the reopen period has ended" }],
      });
      const byOffice = await service().transition(lee, stale, { to: "in-progress" }, { now });
      expect(byOffice.status).toBe("in-progress");
      expect((await rowOf(stale)).reopenCount).toBe(1);
    });

    it("hides the request from anyone else: every write answers 404, not 403", async () => {
      const id = await newCase();
      const other = await newCase({ officeId: otherOfficeId });
      const notFound = { code: "NOT_FOUND" };
      expect(await refusal(service().transition(choi, id, { to: "closed" }))).toEqual(notFound);
      expect(
        await refusal(service().postMessage(choi, id, { body: "hi", visibility: "public", mentions: [] })),
      ).toEqual(notFound);
      expect(await refusal(service().update(choi, id, { priority: "high" }))).toEqual(notFound);
      expect(await refusal(service().rate(choi, id, { score: 5 }))).toEqual(notFound);
      expect(await refusal(service().staffFor(choi, id))).toEqual(notFound);
      // Staff of another office are nobody to this request.
      expect(await refusal(service().transition(lee, other, { to: "resolved" }))).toEqual(notFound);
      expect(await refusal(service().transition(lee, "not-a-uuid", { to: "resolved" }))).toEqual(notFound);
      expect(await refusal(service().transition(undefined, id, { to: "resolved" }))).toEqual({
        code: "UNAUTHENTICATED",
      });
      // The city sees and works every office's requests.
      expect((await service().transition(manager, other, { to: "resolved" })).status).toBe("resolved");
    });
  });

  describe("SLA clocks", () => {
    /** A normal-priority request opened Monday 09:00 in Los Angeles: 240 and 2400 business minutes. */
    const clockCase = () =>
      newCase({
        status: "in-progress",
        createdAt: monday9,
        firstResponseDueAt: at("2026-02-02T21:00:00Z"), // Monday 13:00
        resolutionDueAt: at("2026-02-06T21:00:00Z"), // Friday 13:00
      });

    it("stand still while the office waits on the company, and move by the paused business minutes", async () => {
      const id = await clockCase();
      // Monday 10:00: the office asks for something (its first public reply, 60 minutes in).
      const asked = await service().transition(
        lee,
        id,
        { to: "waiting-on-company", message: "Which facility address should we register?" },
        { now: at("2026-02-02T18:00:00Z") },
      );
      expect(asked.sla.resolution.state).toBe("paused");
      expect(asked.sla.firstResponse.state).toBe("met");
      expect(await rowOf(id)).toMatchObject({
        slaPausedAt: at("2026-02-02T18:00:00Z"),
        firstRespondedAt: at("2026-02-02T18:00:00Z"),
        firstResponseMinutes: 60,
      });
      // Wednesday 10:00: the company answers; paused Monday 10–18, Tuesday 9–18, Wednesday 9–10 = 1080 minutes.
      const answered = await service().postMessage(
        kim,
        id,
        { body: "1200 S Main St, Los Angeles.", visibility: "public", mentions: [] },
        [],
        { now: at("2026-02-04T18:00:00Z") },
      );
      expect(answered.status).toBe("in-progress");
      const row = await rowOf(id);
      expect(row).toMatchObject({ slaPausedAt: null, slaPausedMinutes: 1080 });
      // 2400 + 1080 business minutes from Monday 09:00: the Tuesday after, 13:00 (was Friday 13:00).
      expect(row.resolutionDueAt).toEqual(at("2026-02-10T21:00:00Z"));
      expect(answered.sla.resolution).toMatchObject({ state: "running", dueAt: "2026-02-10T21:00:00.000Z" });
    });

    it("pause on resolution and resume on reopening; resolvedAt is kept for the window, then cleared", async () => {
      const id = await clockCase();
      const resolved = await service().transition(
        lee,
        id,
        { to: "resolved" },
        { now: at("2026-02-02T18:00:00Z") },
      );
      expect(resolved.resolvedAt).toBe("2026-02-02T18:00:00.000Z");
      expect(resolved.reopenUntil).toBe("2026-02-16T18:00:00.000Z");
      expect(resolved.sla.resolution.state).toBe("met");
      // Reopened the next morning at 09:00 (Tuesday 17:00Z): 480 paused minutes on Monday afternoon.
      const reopened = await service().transition(
        kim,
        id,
        { to: "in-progress" },
        { now: at("2026-02-03T17:00:00Z") },
      );
      expect(reopened.resolvedAt).toBeNull();
      const row = await rowOf(id);
      expect(row).toMatchObject({
        slaPausedAt: null,
        slaPausedMinutes: 480,
        reopenCount: 1,
        resolvedAt: null,
      });
      // 2400 + 480 from Monday 09:00: five whole days (2700), then 180 minutes: Monday 9 February, 12:00.
      expect(row.resolutionDueAt).toEqual(at("2026-02-09T20:00:00Z"));
    });

    it("stops the first-response clock on the office's first public reply only", async () => {
      const id = await clockCase();
      const message = (body: string, visibility: "public" | "internal" = "public") => ({
        body,
        visibility,
        mentions: [],
      });
      await service().postMessage(lee, id, message("Checking the FDA portal.", "internal"), [], {
        now: at("2026-02-02T18:00:00Z"),
      });
      await service().postMessage(kim, id, message("Any news?"), [], { now: at("2026-02-02T18:30:00Z") });
      expect(await rowOf(id)).toMatchObject({ firstRespondedAt: null, firstResponseMinutes: null });
      // Monday 11:30: 150 business minutes after the request.
      const answered = await service().postMessage(lee, id, message("We are on it."), [], {
        now: at("2026-02-02T19:30:00Z"),
      });
      expect(answered.firstRespondedAt).toBe("2026-02-02T19:30:00.000Z");
      expect(answered.sla.firstResponse).toMatchObject({
        state: "met",
        stoppedAt: "2026-02-02T19:30:00.000Z",
      });
      await service().postMessage(park, id, message("Draft attached."), [], {
        now: at("2026-02-02T20:00:00Z"),
      });
      expect(await rowOf(id)).toMatchObject({
        firstRespondedAt: at("2026-02-02T19:30:00Z"),
        firstResponseMinutes: 150,
      });
    });

    it("re-targets the running clocks on a priority change, and leaves a paused one to its resumption", async () => {
      const running = await clockCase();
      const urgent = await service().update(
        lee,
        running,
        { priority: "urgent" },
        { now: at("2026-02-02T19:00:00Z") },
      );
      expect(urgent.priority).toBe("urgent");
      // Urgent: 60 and 480 business minutes from Monday 09:00.
      expect(await rowOf(running)).toMatchObject({
        firstResponseDueAt: at("2026-02-02T18:00:00Z"),
        resolutionDueAt: at("2026-02-03T01:00:00Z"),
      });
      expect(urgent.events.at(-1)).toMatchObject({
        kind: "priority",
        actor: "lee",
        detail: { from: "normal", to: "urgent" },
      });

      const paused = await clockCase();
      await service().transition(
        lee,
        paused,
        { to: "waiting-on-company", message: "Please confirm the product list." },
        { now: at("2026-02-02T18:00:00Z") },
      );
      await service().update(lee, paused, { priority: "urgent" }, { now: at("2026-02-03T18:00:00Z") });
      expect((await rowOf(paused)).resolutionDueAt).toEqual(at("2026-02-06T21:00:00Z"));
      await service().postMessage(
        kim,
        paused,
        { body: "Confirmed.", visibility: "public", mentions: [] },
        [],
        { now: at("2026-02-04T18:00:00Z") },
      );
      // Resumed with the urgent target: 480 + 1080 paused minutes from Monday 09:00 = Wednesday 17:00.
      expect((await rowOf(paused)).resolutionDueAt).toEqual(at("2026-02-05T01:00:00Z"));
    });
  });

  describe("the thread", () => {
    const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });

    it("never shows a company the office's internal notes, their files or its assignment history", async () => {
      const id = await newCase();
      await service().postMessage(
        lee,
        id,
        { body: "Margin is thin; ask the manager before quoting.", visibility: "internal", mentions: [] },
        [text("internal-estimate.txt", "cost 1200 USD")],
      );
      await service().update(lee, id, { assigneeId: park.actor.id });
      const byCompany = await service().postMessage(
        kim,
        id,
        { body: "Here is our invoice.", visibility: "public", mentions: [] },
        [text("invoice.txt", "invoice 42")],
      );
      await service().postMessage(lee, id, {
        body: "Thank you, received.",
        visibility: "public",
        mentions: [],
      });

      for (const view of [byCompany, await viewAs(kim, id)]) {
        expect(view.messages.map((m) => m.body)).not.toContain(
          "Margin is thin; ask the manager before quoting.",
        );
        expect(view.messages.every((m) => m.visibility === "public")).toBe(true);
        expect(JSON.stringify(view)).not.toContain("internal-estimate");
        expect(view.events.every((e) => e.kind === "status")).toBe(true);
        expect(view.actions).not.toContain("note");
      }
      const seenByCompany = await viewAs(kim, id);
      expect(seenByCompany.messages.map((m) => m.body)).toEqual([
        "Here is our invoice.",
        "Thank you, received.",
      ]);
      expect(seenByCompany.messages[0]!.attachments.map((a) => a.name)).toEqual(["invoice.txt"]);

      const seenByOffice = await viewAs(park, id);
      expect(seenByOffice.messages.map((m) => [m.visibility, m.body])).toEqual([
        ["internal", "Margin is thin; ask the manager before quoting."],
        ["public", "Here is our invoice."],
        ["public", "Thank you, received."],
      ]);
      expect(seenByOffice.messages[0]!.attachments.map((a) => a.name)).toEqual(["internal-estimate.txt"]);
      expect(seenByOffice.events.map((e) => e.kind)).toEqual(["assignment"]);

      // No mail to the company mentions the note either.
      const toCompany = (await mailsOf(id)).filter((m) => m.to === "kim@foods.example");
      expect(toCompany.map((m) => m.kind)).toEqual(["support-request-reply"]);
      expect(toCompany.some((m) => m.text.includes("Margin is thin"))).toBe(false);
    });

    it("refuses internal notes from the company with 403, and any message once closed with 409", async () => {
      const id = await newCase();
      expect(
        await refusal(service().postMessage(kim, id, { body: "psst", visibility: "internal", mentions: [] })),
      ).toEqual({ code: "FORBIDDEN" });
      const closed = await newCase(stateOf("closed"));
      expect(
        await refusal(
          service().postMessage(kim, closed, { body: "hello?", visibility: "public", mentions: [] }),
        ),
      ).toEqual({
        code: "INVALID_TRANSITION",
        fields: [{ field: "body", message: "is not possible while the request is closed" }],
      });
      expect(
        await refusal(
          service().postMessage(lee, closed, { body: "note", visibility: "internal", mentions: [] }),
        ),
      ).toMatchObject({ code: "INVALID_TRANSITION" });
      expect(await auditActions(id)).toEqual([]);
    });

    it("mails the mentioned staff only, and mentions only the office's staff and the city in internal notes", async () => {
      const id = await newCase();
      const noted = await service().postMessage(lee, id, {
        body: "@park @jung can one of you check the label rules?",
        visibility: "internal",
        mentions: [park.actor.id, manager.actor.id, park.actor.id, lee.actor.id],
      });
      expect(noted.messages.at(-1)!.mentions.map((m) => m.name)).toEqual(["park", "jung", "lee"]);
      const mentionMail = await mailsOf(id, "support-request-mention");
      // Not lee, who wrote it; not the company.
      expect(recipientsOf(mentionMail)).toEqual(["jung@daegu.example ko", "park@la-office.example ko"]);
      expect(mentionMail[0]!.text).toContain("lee님이 지원 요청");
      expect(mentionMail[0]!.text).toContain("can one of you check the label rules?");
      expect((await mailsOf(id)).map((m) => m.kind)).toEqual([
        "support-request-mention",
        "support-request-mention",
      ]);

      const mention = (ids: string[], visibility: "public" | "internal") =>
        refusal(service().postMessage(lee, id, { body: "see this", visibility, mentions: ids }));
      expect(await mention([park.actor.id], "public")).toEqual({
        code: "VALIDATION_FAILED",
        fields: [{ field: "mentions", message: "can be used in internal notes only" }],
      });
      for (const outsider of [kim.actor.id, jay.actor.id, "no-such-user"]) {
        expect(await mention([park.actor.id, outsider], "internal")).toEqual({
          code: "VALIDATION_FAILED",
          fields: [{ field: "mentions", message: "must be staff of the office or of the city" }],
        });
      }
      expect(await auditActions(id)).toEqual(["support-request.message"]);
    });

    it("mails a public reply to the other side: the company's to the assignee, the office's to the company", async () => {
      const id = await newCase({ preferredLanguage: "ko" });
      await service().postMessage(kim, id, {
        body: "라벨 규정이 궁금합니다.",
        visibility: "public",
        mentions: [],
      });
      await service().postMessage(park, id, {
        body: "확인해 보겠습니다.",
        visibility: "public",
        mentions: [],
      });
      const replies = await mailsOf(id, "support-request-reply");
      expect(replies.map((m) => `${m.to} ${m.locale}`)).toEqual([
        "lee@la-office.example ko",
        "kim@foods.example ko",
      ]);
      const { number } = await rowOf(id);
      expect(replies[1]!.subject).toBe(
        `[대구 글로벌 게이트웨이] 새 답변: #${number} FDA food facility registration`,
      );
      expect(replies[1]!.text).toContain("“확인해 보겠습니다.”");
      expect(await auditActions(id)).toEqual(["support-request.message", "support-request.message"]);
    });
  });

  describe("assignment and priority", () => {
    it("assigns to a staff member of the office, who gets a mail; anyone else is refused by name", async () => {
      const id = await newCase();
      const assigned = await service().update(lee, id, { assigneeId: park.actor.id });
      expect(assigned.assignee).toEqual({ id: park.actor.id, name: "park" });
      expect(assigned.events.at(-1)).toMatchObject({
        kind: "assignment",
        actor: "lee",
        detail: { assigneeId: park.actor.id, assignee: "park", previousAssigneeId: lee.actor.id },
      });
      const mail = await mailsOf(id, "support-request-assigned-to-you");
      expect(recipientsOf(mail)).toEqual(["park@la-office.example ko"]);
      expect(mail[0]!.text).toContain("lee님이 대구식품의 지원 요청");
      expect(mail[0]!.text).toContain("우선순위: 보통");

      for (const outsider of [kim.actor.id, jay.actor.id, manager.actor.id]) {
        expect(await refusal(service().update(lee, id, { assigneeId: outsider }))).toEqual({
          code: "VALIDATION_FAILED",
          fields: [{ field: "assigneeId", message: "must be a staff member of the office" }],
        });
      }
      const unassigned = await service().update(manager, id, { assigneeId: null });
      expect(unassigned.assignee).toBeNull();
      expect(await refusal(service().update(kim, id, { priority: "urgent" }))).toEqual({ code: "FORBIDDEN" });
      expect(await auditActions(id)).toEqual(["support-request.update", "support-request.update"]);
    });

    it("lists the office's staff to the office's side only", async () => {
      const id = await newCase();
      expect(await service().staffFor(lee, id)).toEqual([
        { id: lee.actor.id, name: "lee" },
        { id: park.actor.id, name: "park" },
      ]);
      expect((await service().staffFor(manager, id)).map((s) => s.name)).toEqual(["lee", "park"]);
      expect(await refusal(service().staffFor(kim, id))).toEqual({ code: "FORBIDDEN" });
    });
  });

  describe("bulk actions", () => {
    it("changes each request on its own and reports the others with a reason in the reader's language", async () => {
      const working = await newCase({ status: "in-progress", assigneeId: null });
      const fresh = await newCase({ status: "new", assigneeId: null });
      const elsewhere = await newCase({ officeId: otherOfficeId, assigneeId: null });
      const done = await newCase(stateOf("closed"));
      const missing = "00000000-0000-7000-8000-000000000000";
      const result = await service().bulk(
        lee,
        {
          ids: [working, fresh, elsewhere, missing, done, working],
          assigneeId: park.actor.id,
          status: "resolved",
        },
        { locale: "en" },
      );
      expect(result.updated).toEqual([working]);
      expect(result.skipped).toEqual([
        {
          id: fresh,
          code: "INVALID_TRANSITION",
          message:
            "This step is not possible in the current state. status: is not possible while the request is new",
        },
        { id: elsewhere, code: "NOT_FOUND", message: "Not found." },
        { id: missing, code: "NOT_FOUND", message: "Not found." },
        {
          id: done,
          code: "INVALID_TRANSITION",
          message:
            "This step is not possible in the current state. assigneeId: is not possible while the request is closed",
        },
      ]);
      expect(await rowOf(working)).toMatchObject({ status: "resolved", assigneeId: park.actor.id });
      // One transaction per request: the refused move undid the assignment that came with it.
      expect(await rowOf(fresh)).toMatchObject({ status: "new", assigneeId: null });
      expect(await rowOf(elsewhere)).toMatchObject({ assigneeId: null });
      expect(await auditActions(working)).toEqual(["support-request.update", "support-request.transition"]);
      expect(await auditActions(fresh)).toEqual([]);
      expect(recipientsOf(await mailsOf(working, "support-request-assigned-to-you"))).toEqual([
        "park@la-office.example ko",
      ]);
      expect(recipientsOf(await mailsOf(working, "support-request-status"))).toEqual([
        "kim@foods.example en",
      ]);

      const korean = await service().bulk(
        lee,
        { ids: [fresh], status: "waiting-on-company" },
        { locale: "ko" },
      );
      expect(korean.skipped).toEqual([
        {
          id: fresh,
          code: "INVALID_TRANSITION",
          message: "지금 상태에서는 할 수 없는 단계입니다. status: 요청이 '접수' 상태일 때는 할 수 없습니다",
        },
      ]);
      const triaged = await service().bulk(lee, { ids: [fresh], status: "triaged", priority: "high" });
      expect(triaged).toEqual({ updated: [fresh], skipped: [] });
      expect(await rowOf(fresh)).toMatchObject({ status: "triaged", priority: "high" });
    });

    it("is for the office's side: a company member is refused outright", async () => {
      const id = await newCase();
      expect(await refusal(service().bulk(kim, { ids: [id], status: "closed" }))).toEqual({
        code: "FORBIDDEN",
      });
      expect((await rowOf(id)).status).toBe("in-progress");
    });
  });

  describe("ratings", () => {
    it("lets the company rate once resolved, change it until closed, and tells the office", async () => {
      const id = await newCase();
      expect(await refusal(service().rate(kim, id, { score: 5 }))).toEqual({
        code: "INVALID_TRANSITION",
        fields: [{ field: "score", message: "is not possible while the request is in progress" }],
      });
      await service().transition(lee, id, { to: "resolved" });
      expect(await refusal(service().rate(lee, id, { score: 5 }))).toEqual({ code: "FORBIDDEN" });
      const rated = await service().rate(kim, id, { score: 4, comment: "Quick and clear." });
      expect(rated.rating).toMatchObject({ score: 4, comment: "Quick and clear." });
      const changed = await service().rate(kim, id, { score: 5 });
      expect(changed.rating).toMatchObject({ score: 5, comment: null });
      const mail = await mailsOf(id, "support-request-rated");
      expect(recipientsOf(mail)).toEqual(["lee@la-office.example ko", "lee@la-office.example ko"]);
      expect(mail[0]!.text).toContain("대구식품에서 지원 요청");
      expect(mail[0]!.text).toContain("만족도 4/5");
      expect(mail[0]!.text).toContain("“Quick and clear.”");

      await service().transition(kim, id, { to: "closed" });
      expect(await refusal(service().rate(kim, id, { score: 1 }))).toEqual({
        code: "CONFLICT",
        fields: [{ field: "score", message: "can no longer be changed: the request is closed" }],
      });
      // Closed without a rating: the company may still give one.
      const unrated = await newCase(stateOf("closed"));
      expect((await service().rate(kim, unrated, { score: 3 })).rating).toMatchObject({ score: 3 });
      // Withdrawn before it was ever resolved: nothing to rate, and the page offers no rating.
      const withdrawn = await newCase();
      const closedView = await service().transition(kim, withdrawn, { to: "closed" });
      expect(closedView.actions).not.toContain("rate");
      expect(await refusal(service().rate(kim, withdrawn, { score: 2 }))).toEqual({
        code: "INVALID_TRANSITION",
        fields: [{ field: "score", message: "is not possible while the request is closed" }],
      });
      expect(await auditActions(id)).toEqual([
        "support-request.transition",
        "support-request.rate",
        "support-request.rate",
        "support-request.transition",
      ]);
    });
  });
});
