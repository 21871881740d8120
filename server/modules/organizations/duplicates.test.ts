import { beforeAll, describe, expect, it } from "vitest";
import { organizationEdit } from "../../../contracts/organizations/edit.ts";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store, testAdmin, toJsonl } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";
import { relinks } from "./duplicates.ts";
import { nameKey } from "./organizations.derived.ts";

describe("name keys", () => {
  it.each([
    ["(주)대구옵틱스", "대구옵틱스 주식회사"],
    ["㈜대구옵틱스", "대구 옵틱스"],
    ["Daegu Optics Co., Ltd.", "daegu optics"],
    ["DAEGU-OPTICS INC.", "Daegu Optics"],
  ])("%s and %s reduce to the same key", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it("keeps different names apart", () => {
    expect(nameKey("대구옵틱스")).not.toBe(nameKey("대구광학"));
    expect(nameKey("Daegu Optics")).not.toBe(nameKey("Daegu Opticals"));
  });
});

describe("duplicates", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  const ids: Record<string, string> = {};
  const groupOf = async (externalId: string) => {
    const groups = await setup.services.organizations.duplicates(testAdmin, {
      organizationId: ids[externalId]!,
    });
    return groups.map((group) => ({
      reason: group.reason,
      key: group.key,
      members: group.organizations.map((organization) => organization.externalId).sort(),
    }));
  };

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({ externalId: "ko-1", name: { ko: "(주)대구옵틱스" } }),
      organizationRecord({ externalId: "ko-2", name: { ko: "대구옵틱스 주식회사" } }),
      organizationRecord({ externalId: "en-1", name: { en: "Daegu Lenses Co., Ltd." } }),
      organizationRecord({ externalId: "en-2", name: { en: "daegu lenses" } }),
      organizationRecord({ externalId: "web-1", website: "https://www.Hanul-Robot.kr/en" }),
      organizationRecord({ externalId: "web-2", website: "http://hanul-robot.kr" }),
      organizationRecord({ externalId: "reg-1" }),
      organizationRecord({ externalId: "reg-2" }),
      organizationRecord({ externalId: "alone", name: { ko: "대구광학", en: "Daegu Optical" } }),
    ]);
    for (const id of ["ko-1", "ko-2", "en-1", "en-2", "web-1", "web-2", "reg-1", "reg-2", "alone"])
      ids[id] = await idOf(setup, id);
    // The form accepts the number with dashes; it is stored as ten digits.
    const { registrationNumber } = organizationEdit.parse({ registrationNumber: "504-81-12345" });
    await setup.services.organizations.update(testAdmin, ids["reg-1"]!, { registrationNumber });
    await setup.services.organizations.update(testAdmin, ids["reg-2"]!, { registrationNumber: "5048112345" });
  });

  it("groups names that are the same once legal forms, case, spacing and punctuation are set aside", async () => {
    expect(await groupOf("ko-1")).toEqual([{ reason: "name", key: "대구옵틱스", members: ["ko-1", "ko-2"] }]);
    expect(await groupOf("en-2")).toEqual([
      { reason: "name", key: "daegulenses", members: ["en-1", "en-2"] },
    ]);
  });

  it("groups the same website domain (www. and case ignored) and the same registration number", async () => {
    expect(await groupOf("web-1")).toEqual([
      { reason: "domain", key: "hanul-robot.kr", members: ["web-1", "web-2"] },
    ]);
    expect(await groupOf("reg-2")).toEqual([
      { reason: "registration-number", key: "5048112345", members: ["reg-1", "reg-2"] },
    ]);
  });

  it("leaves unrelated organizations out, and lists every group for the city only", async () => {
    expect(await groupOf("alone")).toEqual([]);
    const all = await setup.services.organizations.duplicates(testAdmin);
    expect(all.map((group) => group.reason).sort()).toEqual([
      "domain",
      "name",
      "name",
      "registration-number",
    ]);
    expect(all.flatMap((group) => group.organizations.map((o) => o.externalId))).not.toContain("alone");
    await expect(setup.services.organizations.duplicates(undefined)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const response = await setup.app.inject({
      url: `/api/v1/organizations/duplicates?organization=${ids["ko-1"]}`,
      headers: {
        authorization: `Bearer ${(await setup.services.tokens.create(testAdmin, { name: "pm", role: "program-manager" })).token}`,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toHaveLength(1);
  });
});

describe("merging a duplicate", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let target: string;
  let duplicate: string;
  const count = async (sql: string, ...values: unknown[]) =>
    Number((await setup.database.pool.query(sql, values)).rows[0].n);

  beforeAll(async () => {
    setup = await createTestApp();
    const people = members(setup);
    await store(setup.services, [
      organizationRecord({
        externalId: "keep",
        name: { ko: "㈜대구옵틱스" },
        summary: { ko: "안경테 제조" },
        industries: ["eyewear"],
      }),
      organizationRecord({
        externalId: "dupe",
        name: { ko: "대구옵틱스", en: "Daegu Optics Co., Ltd." },
        summary: { ko: "다른 요약", en: "Spectacle frames" },
        industries: ["eyewear-frames"],
        website: "https://www.daegu-optics.kr",
        foundedYear: 1998,
      }),
      opportunityRecord("dupe", { externalId: "dupe-oem" }),
    ]);
    target = await idOf(setup, "keep");
    duplicate = await idOf(setup, "dupe");
    await setup.services.organizations.update(testAdmin, duplicate, {
      machineTranslated: ["summary.en"],
      contactEmail: "hello@daegu-optics.kr",
    });

    // Memberships: park owns the target; kim owns the duplicate and is a member of the target too.
    await people.memberOf("park@daegu-optics.kr", target);
    const kim = await people.memberOf("kim@daegu-optics.kr", duplicate, target);
    await people.memberOf("lee@daegu-optics.kr", duplicate);
    const choi = await people.signUp("choi@example.kr");
    await setup.services.memberships.claim(choi, duplicate);
    await setup.services.memberships.invite(testAdmin, duplicate, {
      email: "new@daegu-optics.kr",
      role: "member",
      locale: "ko",
    });
    await setup.services.tokens.create(testAdmin, {
      name: "dupe-crm",
      role: "company-member",
      organizationId: duplicate,
    });
    await setup.services.people.add(testAdmin, duplicate, { name: { ko: "김대표" }, email: "ceo@x.kr" });
    await setup.services.organizations.update(kim, duplicate, { tags: ["acetate"] });
  });

  it("moves everything to the organization that stays, fills its gaps, and keeps the duplicate's record", async () => {
    const merged = await setup.services.organizations.merge(testAdmin, target, duplicate);
    expect(merged.relinked).toEqual({
      opportunities: 1,
      people: 1,
      organization_claims: 3,
      organization_invitations: 1,
      organization_revisions: 1,
      api_tokens: 1,
      organization_members: 1,
    });
    // Its own values stay; empty ones (per language) come from the duplicate, lists are united.
    expect(merged).toMatchObject({
      externalId: "keep",
      name: { ko: "㈜대구옵틱스", en: "Daegu Optics Co., Ltd." },
      summary: { ko: "안경테 제조", en: "Spectacle frames" },
      website: "https://www.daegu-optics.kr",
      foundedYear: 1998,
      machineTranslated: ["summary.en"],
    });
    expect(merged.industries.sort()).toEqual(["eyewear", "eyewear-frames"]);
    expect(merged.tags).toEqual(["acetate"]);
    expect((await setup.services.organizations.get(target, testAdmin.actor)).contact?.email).toBe(
      "hello@daegu-optics.kr",
    );
    await expect(setup.services.organizations.get(duplicate)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Representing the duplicate grants nothing on its own: kim keeps the role they had here, lee (only a
    // member of the duplicate) now waits for the city with a pending claim; its token and invitation are revoked.
    const members = await setup.services.memberships.members(testAdmin, target);
    expect(members.map((m) => [m.email, m.role]).sort()).toEqual([
      ["kim@daegu-optics.kr", "member"],
      ["park@daegu-optics.kr", "owner"],
    ]);
    expect(
      await count(
        "select count(*) n from organization_claims c join users u on u.id = c.user_id where c.organization_id = $1 and c.status = 'pending' and u.email = 'lee@daegu-optics.kr'",
        target,
      ),
    ).toBe(1);
    expect(
      await count(
        "select count(*) n from api_tokens where organization_id = $1 and revoked_at is null",
        target,
      ),
    ).toBe(0);
    expect(
      await count(
        "select count(*) n from organization_invitations where organization_id = $1 and revoked_at is null",
        target,
      ),
    ).toBe(0);
    expect(await count("select count(*) n from opportunities where owner_id = $1", target)).toBe(1);
    expect(
      await count("select count(*) n from organization_revisions where organization_id = $1", target),
    ).toBe(1);
    expect(await count("select count(*) n from api_tokens where organization_id = $1", target)).toBe(1);
    expect((await setup.services.people.list(target)).map((p) => p.name.ko)).toEqual(["김대표"]);
    // Searching by the duplicate's names and domain finds the one that stays.
    const found = await setup.services.organizations.list({ q: "Daegu Optics" }, { limit: 5, offset: 0 });
    expect(found.items.map((item) => item.externalId)).toEqual(["keep"]);
    expect(await setup.services.organizations.duplicates(testAdmin)).toEqual([]);

    const { rows } = await setup.database.pool.query(
      "select source_id, source_external_id, snapshot, relinked, merged_by from organization_merges where target_id = $1",
      [target],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source_id: duplicate,
      source_external_id: "dupe",
      merged_by: "test",
      snapshot: { externalId: "dupe", name: { ko: "대구옵틱스" }, foundedYear: 1998 },
      relinked: merged.relinked,
    });
    const { items } = await setup.services.audit.list(
      testAdmin,
      { resourceId: target, action: "organization.merge" },
      { limit: 5, offset: 0 },
    );
    expect(items[0]).toMatchObject({
      before: { duplicate: { id: duplicate, externalId: "dupe" } },
      after: { relinked: merged.relinked },
    });
  });

  it("refuses to merge an organization into itself, naming the field, and leaves it to the city", async () => {
    await expect(setup.services.organizations.merge(testAdmin, target, target)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: [{ field: "duplicateId" }],
    });
    const response = await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${target}/merge`,
      payload: { duplicateId: target },
      headers: {
        "accept-language": "ko",
        authorization: `Bearer ${(await setup.services.tokens.create(testAdmin, { name: "pm", role: "program-manager" })).token}`,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: "duplicateId", message: "자기 자신과 병합할 수 없습니다" },
    ]);
    const member = await setup.services.tokens.create(testAdmin, {
      name: "member",
      role: "company-member",
      organizationId: target,
    });
    const refused = await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${target}/merge`,
      payload: { duplicateId: "00000000-0000-7000-8000-000000000000" },
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("refuses to bring a merged duplicate back with the next import, naming the survivor", async () => {
    // Old links (by id or external id) find the organization that stayed.
    expect(await setup.services.organizations.mergedInto(duplicate)).toBe(target);
    expect(await setup.services.organizations.mergedInto("dupe")).toBe(target);
    expect(await setup.services.organizations.mergedInto("keep")).toBeUndefined();
    const result = await setup.services.interchange.import(
      testAdmin,
      toJsonl([
        organizationRecord({ externalId: "dupe", name: { en: "Daegu Optics" } }),
        opportunityRecord("dupe", { externalId: "dupe-oem-2" }),
      ]),
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { line: 1, field: "externalId", message: expect.stringContaining('"keep"') },
        { line: 2, field: "owner", message: expect.stringContaining('"keep"') },
      ],
    });
  });

  it("merges several duplicates all or none", async () => {
    await store(setup.services, [
      organizationRecord({ externalId: "all-keep", name: { en: "All Keep" } }),
      organizationRecord({ externalId: "all-dupe", name: { en: "All Dupe" } }),
    ]);
    const keep = await idOf(setup, "all-keep");
    const dupe = await idOf(setup, "all-dupe");
    const missing = "00000000-0000-7000-8000-000000000000";
    await expect(setup.services.organizations.merge(testAdmin, keep, [dupe, missing])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await setup.services.organizations.get(dupe)).externalId).toBe("all-dupe");
    await setup.services.organizations.merge(testAdmin, keep, [dupe]);
    await expect(setup.services.organizations.get(dupe)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("relinks every table that references organizations (read from PostgreSQL's catalog)", async () => {
    const { rows } = await setup.database.pool.query<{ table: string; column: string }>(`
      select c.conrelid::regclass::text as "table", a.attname as "column"
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.confrelid = 'organizations'::regclass and c.contype = 'f'
      order by 1, 2`);
    const references = rows.map((row) => `${row.table}.${row.column}`);
    expect(references.length).toBeGreaterThanOrEqual(8);
    expect(relinks.map((relink) => `${relink.table}.${relink.column}`).sort()).toEqual(references.sort());
  });
});
