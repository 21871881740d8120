import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type SupportRequestCreate,
  type SupportRequestListQuery,
  supportRequestListQuery,
} from "../../../contracts/support-requests/support-request.ts";
import type { Caller } from "../../platform/actor.ts";
import { createTestApp } from "../../testing/app.ts";
import { refusal, supportDesk } from "./support-desk.fixtures.ts";
import type { SupportRequestInsert } from "./support-requests.repository.ts";
import { supportRequests } from "./support-requests.table.ts";

const HOUR = 3_600_000;

describe("my requests and the office queue", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let desk: Awaited<ReturnType<typeof supportDesk>>;
  const service = () => setup.services.supportRequests;
  /** The cases by label, created through the service and then set up through the table. */
  const ids: Record<string, string> = {};
  const numbers: Record<string, number> = {};

  const list = (caller: Caller | undefined, query: Record<string, string> = {}) =>
    service().list(caller, supportRequestListQuery.parse(query) as SupportRequestListQuery);
  const labelsOf = (items: { id: string }[]) =>
    items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0] ?? item.id);

  async function newCase(
    label: string,
    caller: Caller,
    input: Partial<SupportRequestCreate>,
    set: Partial<SupportRequestInsert>,
  ) {
    const view = await service().create(caller, {
      service: "certification",
      targetMarket: "US",
      subject: `${label} subject`,
      description: "…",
      preferredLanguage: "ko",
      ...input,
    });
    ids[label] = view.id;
    numbers[label] = view.number;
    // Creation order is the label order, an hour apart, and so is the last activity unless set.
    const createdAt = new Date(Date.now() - (100 - Object.keys(ids).length) * HOUR);
    await setup.database.db
      .update(supportRequests)
      .set({ ...set, createdAt, lastActivityAt: set.lastActivityAt ?? createdAt })
      .where(eq(supportRequests.id, view.id));
  }

  beforeAll(async () => {
    setup = await createTestApp();
    desk = await supportDesk(setup);
    const { kim, choi, lee, park, yoon } = desk.people;
    await desk.skills(desk.la.id, lee, ["certification"]);
    await desk.skills(desk.la.id, park, ["buyer-matching"]);
    await desk.skills(desk.la.id, yoon, ["legal-tax"], false);
    const now = Date.now();
    const at = (hours: number) => new Date(now + hours * HOUR);
    // Foods (kim), LA office.
    await newCase(
      "overdue",
      kim,
      { subject: "FDA 등록 지연" },
      {
        firstResponseDueAt: at(-2),
        resolutionDueAt: at(30),
      },
    );
    await newCase(
      "at-risk",
      kim,
      { service: "buyer-matching", subject: "바이어 미팅 주선" },
      {
        priority: "high",
        firstResponseDueAt: at(0.5),
        resolutionDueAt: at(20),
        lastActivityAt: at(-0.1),
      },
    );
    await newCase(
      "later",
      kim,
      { targetMarket: "CA", subject: "Canadian FDA equivalent?" },
      {
        priority: "urgent",
        firstResponseDueAt: at(5),
        resolutionDueAt: at(40),
        status: "triaged",
        firstRespondedAt: at(-1),
      },
    );
    await newCase(
      "paused",
      kim,
      { subject: "서류 대기" },
      {
        status: "waiting-on-company",
        slaPausedAt: at(-3),
        firstResponseDueAt: at(-1),
        resolutionDueAt: at(10),
        firstRespondedAt: at(-5),
      },
    );
    await newCase(
      "resolved",
      kim,
      { subject: "라벨 검토 완료" },
      {
        status: "resolved",
        resolvedAt: at(-1),
        firstRespondedAt: at(-20),
        resolutionBreachedAt: at(-2),
        firstResponseDueAt: at(-30),
        resolutionDueAt: at(-2),
      },
    );
    await newCase(
      "unassigned",
      kim,
      { service: "legal-tax", subject: "법률 자문" },
      {
        assigneeId: null,
        priority: "low",
        firstResponseDueAt: at(8),
        resolutionDueAt: at(50),
      },
    );
    // Optics (choi): LA office and Hanoi office.
    await newCase(
      "optics-la",
      choi,
      { subject: "FDA 510(k) 사전 상담" },
      {
        firstResponseDueAt: at(3),
        resolutionDueAt: at(60),
      },
    );
    await newCase(
      "optics-vn",
      choi,
      { service: "market-research", targetMarket: "VN", subject: "베트남 시장" },
      {
        firstResponseDueAt: at(1),
        resolutionDueAt: at(70),
      },
    );
  });

  describe("whose requests", () => {
    it("shows a company member their own company's requests only", async () => {
      const { items, total } = await list(desk.people.kim);
      expect(total).toBe(6);
      expect(labelsOf(items).sort()).toEqual([
        "at-risk",
        "later",
        "overdue",
        "paused",
        "resolved",
        "unassigned",
      ]);
      expect(labelsOf((await list(desk.people.choi)).items).sort()).toEqual(["optics-la", "optics-vn"]);
      // Asking for an office's queue is not theirs to do.
      expect((await refusal(list(desk.people.kim, { scope: "office" }))).code).toBe("FORBIDDEN");
    });

    it("shows staff their office's queue by default, and no other office's", async () => {
      const la = await list(desk.people.lee);
      expect(la.total).toBe(7);
      expect(labelsOf(la.items)).not.toContain("optics-vn");
      expect(labelsOf((await list(desk.people.tran)).items)).toEqual(["optics-vn"]);
      expect(await refusal(list(desk.people.lee, { office: desk.hanoi.id }))).toEqual({
        code: "FORBIDDEN",
        fields: [{ field: "office", message: "must be an office you work for" }],
      });
      expect((await list(desk.people.lee, { office: desk.la.id })).total).toBe(7);
      // Staff asking for "mine" get their acting organization's requests: an office asks for none.
      expect((await list(desk.people.lee, { scope: "mine" })).total).toBe(0);
    });

    it("shows the city every office, or the one it names", async () => {
      expect((await list(desk.people.manager)).total).toBe(8);
      expect(labelsOf((await list(desk.people.manager, { office: desk.hanoi.id })).items)).toEqual([
        "optics-vn",
      ]);
      expect((await refusal(list(undefined))).code).toBe("UNAUTHENTICATED");
    });

    it("gives each row what the queue shows: company, office, assignee's name, clocks", async () => {
      const { items } = await list(desk.people.lee, { q: `#${numbers.overdue}` });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        number: numbers.overdue,
        subject: "FDA 등록 지연",
        company: { id: desk.orgs.foods, name: { ko: "대구식품" } },
        office: { id: desk.la.id, timeZone: "America/Los_Angeles" },
        assignee: { id: desk.people.lee.actor.id, name: "lee" },
        sla: { firstResponse: { state: "breached" }, resolution: { state: "running" } },
      });
    });
  });

  describe("filters", () => {
    const office = (query: Record<string, string>) =>
      list(desk.people.lee, query).then((r) => labelsOf(r.items).sort());

    it("by status, or all open ones", async () => {
      expect(await office({ status: "resolved" })).toEqual(["resolved"]);
      expect(await office({ status: "open" })).toEqual(
        ["at-risk", "later", "optics-la", "overdue", "paused", "unassigned"].sort(),
      );
    });

    it("by priority, service and market", async () => {
      expect(await office({ priority: "urgent" })).toEqual(["later"]);
      expect(await office({ service: "buyer-matching" })).toEqual(["at-risk"]);
      expect(await office({ market: "CA" })).toEqual(["later"]);
    });

    it("by assignee: me, none, or a person", async () => {
      expect(await office({ assignee: "none" })).toEqual(["unassigned"]);
      expect(await list(desk.people.park, { assignee: "me" }).then((r) => labelsOf(r.items))).toEqual([
        "at-risk",
      ]);
      const lee = await office({ assignee: desk.people.lee.actor.id });
      expect(lee).toContain("overdue");
      expect(lee).not.toContain("at-risk");
    });

    it("by SLA: breached (recorded, or running past due) and at risk (due within the warning window)", async () => {
      // The paused request's first-response due time has passed, but a paused clock is not running.
      expect(await office({ sla: "breached" })).toEqual(["overdue", "resolved"]);
      expect(await office({ sla: "at-risk" })).toEqual(["at-risk"]);
    });

    it("by text: a number finds that request, words search the subject", async () => {
      expect(await office({ q: String(numbers.later) })).toEqual(["later"]);
      expect(await office({ q: `#${numbers["optics-vn"]}` })).toEqual([]);
      expect(await office({ q: "fda" })).toEqual(["later", "optics-la", "overdue"]);
      expect(await office({ q: "100%" })).toEqual([]);
    });

    it("pages, with the total of all matches", async () => {
      const first = await list(desk.people.lee, { limit: "2", sort: "created" });
      const second = await list(desk.people.lee, { limit: "2", offset: "2", sort: "created" });
      expect(first.total).toBe(7);
      expect(second.total).toBe(7);
      expect(labelsOf([...first.items, ...second.items])).toEqual([
        "optics-la",
        "unassigned",
        "resolved",
        "paused",
      ]);
    });
  });

  describe("sorts", () => {
    const sorted = (sort: string) => list(desk.people.lee, { sort }).then((r) => labelsOf(r.items));

    it("by due: the earliest running due time first (a first response only until answered), then the rest by age", async () => {
      expect(await sorted("due")).toEqual([
        "overdue", // first response 2 hours ago
        "at-risk", // first response in 30 minutes
        "optics-la", // first response in 3 hours
        "unassigned", // first response in 8 hours
        "later", // answered: resolution in 40 hours
        "paused", // nothing running: oldest first
        "resolved",
      ]);
    });

    it("by created (newest first), last activity, and priority (urgent first, then due)", async () => {
      expect(await sorted("created")).toEqual([
        "optics-la",
        "unassigned",
        "resolved",
        "paused",
        "later",
        "at-risk",
        "overdue",
      ]);
      expect(await sorted("updated")).toEqual([
        "at-risk",
        "optics-la",
        "unassigned",
        "resolved",
        "paused",
        "later",
        "overdue",
      ]);
      expect(await sorted("priority")).toEqual([
        "later",
        "at-risk",
        "overdue",
        "optics-la",
        "paused",
        "resolved",
        "unassigned",
      ]);
    });
  });
});
