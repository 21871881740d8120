import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../platform/actor.ts";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";
import { opportunities as table } from "./opportunities.table.ts";

const page = { limit: 50, offset: 0 };

describe("opportunities: search, status, posting and managing", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let meta: string;
  let pnp: string;
  let office: string;
  let optics: string;
  let metaMember: Caller;
  let pnpMember: Caller;
  let officeStaff: Caller;
  let companyMember: Caller;
  let programManager: Caller;

  const service = () => setup.services.opportunities;
  const found = async (filter: Parameters<ReturnType<typeof service>["list"]>[0]) =>
    (await service().list(filter, page)).items.map((item) => item.externalId);
  const failure = (work: Promise<unknown>) =>
    work.then(
      () => "ok",
      (error: { code?: string }) => error.code,
    );
  const stored = async (id: string) => {
    const [row] = await setup.database.db
      .select({
        tokens: sql<string>`${table.searchTokens}::text`,
        concepts: table.concepts,
        createdBy: table.createdBy,
      })
      .from(table)
      .where(eq(table.id, id));
    return row!;
  };
  const auditOf = async (id: string) =>
    (await setup.services.audit.list(testAdmin, { resourceType: "opportunity", resourceId: id }, page)).items;

  beforeAll(async () => {
    setup = await createTestApp();
    const people = members(setup);
    await store(setup.services, [
      organizationRecord({ externalId: "meta", kind: "big-tech", scope: "global", name: { en: "Meta" } }),
      organizationRecord({
        externalId: "pnp",
        kind: "accelerator",
        scope: "global",
        name: { en: "Plug and Play" },
      }),
      organizationRecord({
        externalId: "la-office",
        kind: "overseas-office",
        scope: "global",
        name: { ko: "대구시 LA 사무소" },
      }),
      organizationRecord({ externalId: "optics", kind: "manufacturer", name: { ko: "한빛광학" } }),
      opportunityRecord("meta", {
        externalId: "frames",
        kind: "oem-sourcing",
        title: { ko: "티타늄 안경테 OEM 생산 파트너 모집" },
        description: { ko: "AI 안경 양산을 위한 금속 안경테 제조사를 찾습니다." },
        industries: ["eyewear-frames"],
        markets: ["US"],
        deadline: "2099-03-31",
      }),
      opportunityRecord("pnp", {
        externalId: "cobots",
        kind: "pilot",
        title: { en: "Collaborative robot pilot in Texas factories" },
        industries: ["robotics"],
        markets: ["US", "MX"],
      }),
      opportunityRecord("pnp", {
        externalId: "batch",
        title: { en: "Accelerator batch for founders" },
        description: { en: "Mentoring for robot and drone startups." },
      }),
      opportunityRecord("meta", {
        externalId: "expired",
        title: { en: "Robot sourcing that ran out" },
        deadline: "2020-01-31",
      }),
      opportunityRecord("meta", {
        externalId: "closed",
        title: { en: "Robot sourcing, closed" },
        status: "closed",
      }),
    ]);
    meta = await idOf(setup, "meta");
    pnp = await idOf(setup, "pnp");
    office = await idOf(setup, "la-office");
    optics = await idOf(setup, "optics");
    metaMember = await people.memberOf("kim@meta.example", meta);
    pnpMember = await people.memberOf("lee@pnp.example", pnp);
    officeStaff = await people.memberOf("park@la-office.example", office);
    companyMember = await people.memberOf("choi@optics.example", optics);
    const manager = await people.signUp("jung@daegu.example");
    await setup.services.accounts.setRole(testAdmin, "jung@daegu.example", "program-manager");
    // The session caches the role for a few minutes; the next sign-in would carry it.
    programManager = { actor: { ...manager.actor, role: "program-manager" } };
  });

  describe("search in both languages", () => {
    it("finds a Korean-only opportunity with an English query that means the same, highlighted", async () => {
      const { items } = await service().list({ q: "eyewear frame" }, page, "newest", { locale: "en" });
      expect(items.map((item) => item.externalId)).toEqual(["frames"]);
      expect(items[0]!.snippet?.parts.some((part) => part.match && part.text.includes("안경테"))).toBe(true);
    });

    it("finds an English-only opportunity with a Korean query", async () => {
      expect(await found({ q: "협동로봇" })).toEqual(["cobots"]);
    });

    it("ranks a match in the title above one in the description", async () => {
      expect(await found({ q: "robot", status: "open" })).toEqual(["cobots", "batch"]);
    });

    it("falls back to any term rather than an empty page", async () => {
      expect(await found({ q: "titanium zeppelin" })).toEqual(["frames"]);
    });
  });

  describe("filters and the default status", () => {
    it("lists every opportunity unless asked; open ones are those whose deadline has not passed", async () => {
      expect((await found({ owner: "meta" })).sort()).toEqual(["closed", "expired", "frames"]);
      expect(await found({ owner: "meta", status: "open" })).toEqual(["frames"]);
      expect((await found({ owner: "meta", status: "closed" })).sort()).toEqual(["closed", "expired"]);
      expect((await found({ owner: "meta", status: "all" })).sort()).toEqual(["closed", "expired", "frames"]);
      expect(await found({ q: "robot", status: "closed" })).toEqual(
        expect.arrayContaining(["expired", "closed"]),
      );
    });

    it("finds a closed one by its external id without naming a status", async () => {
      expect(await found({ externalId: "closed" })).toEqual(["closed"]);
    });

    it("filters by kind, market, and industry with its sub-sectors", async () => {
      expect(await found({ kind: "pilot" })).toEqual(["cobots"]);
      expect(await found({ market: "MX" })).toEqual(["cobots"]);
      expect(await found({ industry: "eyewear" })).toEqual(["frames"]);
      expect(await found({ industry: "eyewear-frames" })).toEqual(["frames"]);
      expect(await found({ industry: "food" })).toEqual([]);
    });
  });

  describe("posting", () => {
    it("lets a partner's member post for their organization, by default the one they act for", async () => {
      const posted = await service().create(metaMember, {
        kind: "oem-sourcing",
        title: { ko: "스마트 안경 렌즈 공급사 모집" },
        industries: ["eyewear"],
        markets: ["US"],
        deadline: "2099-01-31",
        machineTranslated: ["title.ko", "title.en"],
      });
      expect(posted).toMatchObject({
        owner: { id: meta, externalId: "meta" },
        status: "open",
        machineTranslated: ["title.ko"],
      });
      expect(posted.externalId).toMatch(/^opp-[0-9a-f]{12}$/);
      const row = await stored(posted.id);
      expect(row.createdBy).toBe(metaMember.actor.id);
      expect(row.tokens).toContain("#");
      expect(row.concepts.length).toBeGreaterThan(0);
      expect(await found({ q: "smart glasses lens" })).toContain(posted.externalId);
      const events = await auditOf(posted.id);
      expect(events.map((event) => event.action)).toEqual(["opportunity.create"]);
      expect(events[0]).toMatchObject({
        actorId: metaMember.actor.id,
        after: { title: { ko: "스마트 안경 렌즈 공급사 모집" } },
      });
    });

    it("lets overseas office staff post, and the city post for anyone", async () => {
      const byOffice = await service().create(officeStaff, {
        title: { ko: "LA 한인축제 참가기업 모집" },
        kind: "event",
      });
      expect(byOffice.owner.id).toBe(office);
      const byCity = await service().create(programManager, { ownerId: pnp, title: { en: "Demo day" } });
      expect(byCity.owner.id).toBe(pnp);
      expect((await stored(byCity.id)).createdBy).toBe(programManager.actor.id);
    });

    it("refuses local companies, posts for another organization, unknown owners and taken external ids", async () => {
      expect(await failure(service().create(companyMember, { title: { ko: "구매 요청" } }))).toBe(
        "FORBIDDEN",
      );
      expect(await failure(service().create(companyMember, { ownerId: optics, title: { ko: "구매" } }))).toBe(
        "FORBIDDEN",
      );
      expect(await failure(service().create(pnpMember, { ownerId: meta, title: { en: "Not mine" } }))).toBe(
        "FORBIDDEN",
      );
      expect(await failure(service().create(undefined, { title: { en: "Anonymous" } }))).toBe(
        "UNAUTHENTICATED",
      );
      expect(
        await failure(
          service().create(programManager, {
            ownerId: "00000000-0000-7000-8000-000000000000",
            title: { en: "x" },
          }),
        ),
      ).toBe("VALIDATION_FAILED");
      expect(
        await failure(
          service().create(programManager, { externalId: "frames", ownerId: meta, title: { en: "x" } }),
        ),
      ).toBe("CONFLICT");
    });

    it("treats an organization's API token as a member: a partner's may post, a company's may not", async () => {
      const tokenOf = async (organizationId: string) => {
        const { token } = await setup.services.tokens.create(testAdmin, {
          name: `crm-${organizationId.slice(0, 6)}`,
          role: "partner-member",
          organizationId,
        });
        const actor = await setup.services.tokens.authenticate(token);
        return { actor: actor! };
      };
      const partner = await service().create(await tokenOf(pnp), { title: { en: "Pilot via API" } });
      expect(partner.owner.id).toBe(pnp);
      expect((await stored(partner.id)).createdBy).toBeNull();
      expect(
        await failure(service().create(await tokenOf(optics), { title: { en: "Company via API" } })),
      ).toBe("FORBIDDEN");
    });
  });

  describe("changing, closing and deleting", () => {
    it("lets the owner's members change it: texts re-indexed, marks kept only for texts that exist, audited", async () => {
      const posted = await service().create(metaMember, {
        title: { ko: "반도체 장비 부품 조달" },
        kind: "procurement",
      });
      expect(await found({ q: "robot arm" })).not.toContain(posted.externalId);
      const changed = await service().update(metaMember, posted.id, {
        title: { en: "Robot arm grippers for our labs" },
        deadline: "2099-12-31",
        machineTranslated: ["title.en", "description.ko"],
      });
      expect(changed).toMatchObject({
        title: { en: "Robot arm grippers for our labs" },
        kind: "procurement",
      });
      expect(changed.machineTranslated).toEqual(["title.en"]);
      expect(await found({ q: "로봇팔" })).toContain(posted.externalId);
      expect((await stored(posted.id)).concepts).toEqual(expect.arrayContaining(["industrial-robots"]));
      const [update] = await auditOf(posted.id);
      expect(update).toMatchObject({
        action: "opportunity.update",
        before: { title: { ko: "반도체 장비 부품 조달" }, deadline: null },
        after: { title: { en: "Robot arm grippers for our labs" }, deadline: "2099-12-31" },
      });
    });

    it("closes and reopens through status, each audited as such", async () => {
      const posted = await service().create(pnpMember, { title: { en: "Drone pilot" }, kind: "pilot" });
      await service().update(pnpMember, posted.id, { status: "closed" });
      expect(await found({ owner: "pnp", status: "open" })).not.toContain(posted.externalId);
      expect(await found({ owner: "pnp", status: "closed" })).toContain(posted.externalId);
      await service().update(programManager, posted.id, { status: "open" });
      expect(await found({ owner: "pnp", status: "open" })).toContain(posted.externalId);
      expect((await auditOf(posted.id)).map((event) => event.action)).toEqual([
        "opportunity.reopen",
        "opportunity.close",
        "opportunity.create",
      ]);
    });

    it("refuses other partners and companies; the city may change and delete anything", async () => {
      const frames = await idOfOpportunity("frames");
      expect(await failure(service().update(pnpMember, frames, { status: "closed" }))).toBe("FORBIDDEN");
      expect(await failure(service().remove(pnpMember, frames))).toBe("FORBIDDEN");
      expect(await failure(service().update(companyMember, frames, { title: { ko: "x" } }))).toBe(
        "FORBIDDEN",
      );
      expect(await failure(service().update(metaMember, "00000000-0000-7000-8000-000000000000", {}))).toBe(
        "NOT_FOUND",
      );
      const posted = await service().create(metaMember, { title: { en: "To be removed" } });
      await service().remove(programManager, posted.id);
      expect(await failure(service().get(posted.id))).toBe("NOT_FOUND");
      expect((await auditOf(posted.id)).map((event) => event.action)).toEqual([
        "opportunity.delete",
        "opportunity.create",
      ]);
    });

    it("records nothing when nothing changed", async () => {
      const posted = await service().create(metaMember, { title: { en: "Unchanged" }, tags: ["a"] });
      await service().update(metaMember, posted.id, { title: { en: "Unchanged" }, tags: ["a"] });
      expect((await auditOf(posted.id)).length).toBe(1);
    });
  });

  describe("what the pages ask", () => {
    it("offers each actor the organizations they may post for; the city every partner and office", async () => {
      expect((await service().postingOwners(metaMember.actor)).map((owner) => owner.id)).toEqual([meta]);
      expect(await service().postingOwners(companyMember.actor)).toEqual([]);
      const city = (await service().postingOwners(programManager.actor)).map((owner) => owner.id);
      expect(city).toEqual(expect.arrayContaining([meta, pnp, office]));
      expect(city).not.toContain(optics);
      expect(service().canManage(metaMember.actor, meta)).toBe(true);
      expect(service().canManage(pnpMember.actor, meta)).toBe(false);
      expect(service().canPost(companyMember.actor)).toBe(false);
      expect(service().canPost(officeStaff.actor)).toBe(true);
    });
  });

  async function idOfOpportunity(externalId: string) {
    return (await service().list({ externalId }, page)).items[0]!.id;
  }
});
