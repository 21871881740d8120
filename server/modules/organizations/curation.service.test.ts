import { beforeAll, describe, expect, it } from "vitest";
import type { OrganizationEdit } from "../../../contracts/organizations/edit.ts";
import type { Caller } from "../../platform/actor.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin, zoneRecord } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";

const page = { limit: 100, offset: 0 };

describe("editing organizations and the city's review queue", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let people: ReturnType<typeof members>;
  let optics: string;
  let foods: string;
  let member: Caller;
  let outsider: Caller;
  let memberToken: { authorization: string };

  const organizations = () => setup.services.organizations;
  const pendingOf = async (organizationId: string) =>
    (await organizations().revisions(testAdmin, "pending", page)).items.filter(
      (revision) => revision.organization.id === organizationId,
    );
  const found = async (q: string) =>
    (await organizations().list({ q }, page)).items.map((item) => item.externalId);
  const patch = (id: string, body: object, headers: Record<string, string>) =>
    setup.app.inject({ method: "PATCH", url: `/api/v1/organizations/${id}`, payload: body, headers });

  beforeAll(async () => {
    setup = await createTestApp();
    people = members(setup);
    await store(setup.services, [
      zoneRecord({ code: "suseong-alpha-city" }),
      organizationRecord({
        externalId: "optics",
        kind: "manufacturer",
        name: { ko: "한빛광학", en: "Hanbit Optical" },
        summary: { ko: "안경테를 만드는 대구 기업", en: "A Daegu maker of spectacle frames" },
        industries: ["eyewear", "eyewear-frames"],
        tags: ["titanium"],
        website: "https://www.hanbit-optical.kr",
        zone: "suseong-alpha-city",
      }),
      organizationRecord({ externalId: "foods", kind: "sme", name: { ko: "달구벌식품" } }),
    ]);
    optics = await idOf(setup, "optics");
    foods = await idOf(setup, "foods");
    member = await people.memberOf("kim@hanbit-optical.kr", optics);
    outsider = await people.memberOf("lee@dalgubeol.kr", foods);
    const { token } = await setup.services.tokens.create(testAdmin, {
      name: "optics-crm",
      role: "company-member",
      organizationId: optics,
    });
    memberToken = { authorization: `Bearer ${token}` };
  });

  it("puts a member's edit live at once, searchable, and in the queue once with only what changed", async () => {
    const current = await organizations().get(optics, member.actor);
    // A form sends the whole profile back; only the summary really changes (texts in any key order).
    const edit: OrganizationEdit = {
      name: { ko: current.name.ko, en: current.name.en } as OrganizationEdit["name"],
      summary: { ko: "초음파세척기와 티타늄 안경테", en: "Ultrasonic cleaners and titanium frames" },
      industries: ["eyewear-frames", "eyewear"],
      tags: current.tags,
      website: current.website,
      zone: current.zone,
      stage: current.stage,
      contactEmail: null,
    };
    const { organization, revisionId } = await organizations().update(member, optics, edit);
    expect(revisionId).toEqual(expect.any(String));
    expect(organization.summary).toEqual(edit.summary);

    const shown = await setup.app.inject({ url: `/api/v1/organizations/${optics}` });
    expect(shown.json().summary.ko).toBe("초음파세척기와 티타늄 안경테");
    expect(await found("초음파세척기")).toEqual(["optics"]);
    expect(await found("ultrasonic")).toEqual(["optics"]);

    const pending = await pendingOf(optics);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      id: revisionId,
      status: "pending",
      editedBy: "kim@hanbit-optical.kr",
      organization: { id: optics, externalId: "optics" },
      changes: {
        summary: {
          before: { ko: "안경테를 만드는 대구 기업", en: "A Daegu maker of spectacle frames" },
          after: edit.summary,
        },
      },
    });
    expect(Object.keys(pending[0]!.changes)).toEqual(["summary"]);

    const { items } = await setup.services.audit.list(
      testAdmin,
      { resourceId: optics, action: "organization.update" },
      page,
    );
    expect(items[0]).toMatchObject({
      actorLabel: "kim@hanbit-optical.kr",
      before: { summary: { ko: "안경테를 만드는 대구 기업" } },
      after: { summary: { ko: "초음파세척기와 티타늄 안경테" } },
    });
    expect(Object.keys(items[0]!.after as object)).toEqual(["summary"]);
  });

  it("changes private contact details without a review, and the city's edits count as reviewed", async () => {
    const before = (await pendingOf(optics)).length;
    const contact = await organizations().update(member, optics, { contactEmail: "sales@hanbit-optical.kr" });
    expect(contact.revisionId).toBeUndefined();
    expect(contact.organization.contact?.email).toBe("sales@hanbit-optical.kr");
    const city = await organizations().update(testAdmin, optics, { city: "대구" });
    expect(city.revisionId).toBeUndefined();
    expect((await pendingOf(optics)).length).toBe(before);
    // Visitors never see the contact details.
    expect(
      (await setup.app.inject({ url: `/api/v1/organizations/${optics}` })).json().contact,
    ).toBeUndefined();
    const { items } = await setup.services.audit.list(
      testAdmin,
      { resourceId: optics, action: "organization.update" },
      page,
    );
    expect(items.map((item) => item.after)).toContainEqual({ contactEmail: "sales@hanbit-optical.kr" });
  });

  it("refuses other organizations' members and visitors, in the service and over HTTP", async () => {
    await expect(organizations().update(outsider, optics, { city: "서울" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(organizations().update(undefined, optics, { city: "서울" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect((await patch(optics, { city: "서울" }, {})).statusCode).toBe(401);
    const outsiderCookie = (outsider as Caller & { cookie: string }).cookie;
    expect((await patch(optics, { city: "서울" }, { cookie: outsiderCookie })).statusCode).toBe(403);
    expect((await organizations().get(optics)).city).toBe("대구");
    // The organization's own token edits like a member.
    const own = await patch(optics, { foundedYear: 2009 }, memberToken);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ organization: { foundedYear: 2009 }, revisionId: expect.any(String) });
  });

  it.each([
    [
      { contactPhone: "call me" },
      "contactPhone",
      "+82 53-120-1234 같은 전화번호여야 합니다",
      "must be a phone number",
    ],
    [
      { industries: ["eyewear", "unicorns"] },
      "industries[1]",
      "산업 분류 코드가 아닙니다",
      "is not an industry code",
    ],
    [{ zone: "atlantis" }, "zone", "등록된 특구·단지가 아닙니다", "is not a zone of the directory"],
    [{ website: "ftp://hanbit" }, "website", "", ""],
    [{ registrationNumber: "12-34" }, "registrationNumber", "10자리 숫자", "must be 10 digits"],
  ])("refuses %j naming the field in Korean and English", async (body, field, ko, en) => {
    const korean = await patch(optics, body, { ...memberToken, "accept-language": "ko-KR,ko;q=0.9" });
    expect(korean.statusCode).toBe(400);
    expect(korean.json().error).toMatchObject({ code: "VALIDATION_FAILED", fields: [{ field }] });
    expect(korean.json().error.message).toMatch(/^입력값을 확인해 주세요/);
    expect(korean.json().error.fields[0].message).toContain(ko);
    expect(korean.json().error.fields[0].message).toMatch(/[가-힣]/);
    const english = await patch(optics, body, { ...memberToken, "accept-language": "en-US" });
    expect(english.json().error.fields[0]).toMatchObject({ field });
    expect(english.json().error.fields[0].message).toContain(en);
    expect(english.json().error.fields[0].message).not.toMatch(/[가-힣]/);
  });

  it("writes nothing when one field is refused (an unknown zone, checked by the service)", async () => {
    const before = await organizations().get(optics);
    await expect(
      organizations().update(member, optics, { summary: { ko: "바뀌면 안 됨" }, zone: "atlantis" }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: [{ field: "zone" }] });
    expect((await organizations().get(optics)).summary).toEqual(before.summary);
  });

  it("approves an edit: the profile counts as verified, and a decision cannot be taken twice", async () => {
    const { revisionId } = await organizations().update(outsider, foods, {});
    expect(revisionId).toBeUndefined();
    await organizations().update(outsider, foods, { tags: ["gochujang"] });
    const [revision] = await pendingOf(foods);
    expect((await organizations().get(foods)).verifiedAt).toBeNull();

    await expect(organizations().approve(outsider, revision!.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const approved = await organizations().approve(testAdmin, revision!.id, "확인함");
    expect(approved).toMatchObject({ status: "approved", note: "확인함", decidedBy: "test" });
    expect((await organizations().get(foods)).verifiedAt).toEqual(expect.any(String));
    expect((await organizations().get(foods)).tags).toEqual(["gochujang"]);
    expect(await pendingOf(foods)).toEqual([]);
    const approvedList = await organizations().revisions(testAdmin, "approved", page);
    expect(approvedList.items.map((item) => item.id)).toContain(revision!.id);

    await expect(organizations().approve(testAdmin, revision!.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(organizations().revert(testAdmin, revision!.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      organizations().approve(testAdmin, "00000000-0000-7000-8000-000000000000"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reverts an edit: the old values come back and search follows", async () => {
    const before = await organizations().get(optics);
    const { revisionId } = await organizations().update(member, optics, {
      summary: { ko: "자율주행 라이다 센서", en: "Autonomous lidar sensors" },
      stage: "seed",
    });
    expect(await found("라이다")).toEqual(["optics"]);

    const reverted = await organizations().revert(testAdmin, revisionId!, "사실과 다름");
    expect(reverted).toMatchObject({ status: "reverted", note: "사실과 다름", kept: [] });
    const after = await organizations().get(optics);
    expect(after.summary).toEqual(before.summary);
    expect(after.stage).toBe(before.stage);
    expect(await found("라이다")).toEqual([]);
    expect(await found("초음파세척기")).toEqual(["optics"]);
    const { items } = await setup.services.audit.list(
      testAdmin,
      { resourceId: optics, action: "organization.revision.revert" },
      page,
    );
    expect(items[0]).toMatchObject({ after: { summary: before.summary } });
    // Reverting is the city's own edit: it does not enter the queue itself.
    expect((await pendingOf(optics)).map((revision) => revision.id)).not.toContain(revisionId);
  });

  it("keeps a field edited again since the revision, and says so", async () => {
    const { revisionId } = await organizations().update(member, optics, {
      tags: ["titanium", "lidar"],
      employees: 42,
    });
    await organizations().update(testAdmin, optics, { tags: ["titanium", "acetate"] });
    const reverted = await organizations().revert(testAdmin, revisionId!);
    expect(reverted.kept).toEqual(["tags"]);
    const after = await organizations().get(optics);
    expect(after.tags).toEqual(["titanium", "acetate"]);
    expect(after.employees).toBeNull();
  });

  it("lets only the city verify a profile and read the queue", async () => {
    await expect(organizations().verify(member, optics)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(organizations().revisions(member, undefined, page)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const verified = await organizations().verify(testAdmin, optics);
    expect(Date.now() - Date.parse(verified.verifiedAt!)).toBeLessThan(60_000);
    const response = await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${optics}/verify`,
      headers: memberToken,
    });
    expect(response.statusCode).toBe(403);
  });

  it("refuses to overwrite a save made after the editor opened the profile", async () => {
    const opened = (await organizations().get(optics)).updatedAt;
    await organizations().update(member, optics, { city: "Daegu" }, { unmodifiedSince: opened });
    await expect(
      organizations().update(member, optics, { city: "Gumi" }, { unmodifiedSince: opened }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await organizations().get(optics)).city).toBe("Daegu");
  });

  it("un-verifies on a member's public edit, and verifies again only when no edit is left waiting", async () => {
    await organizations().verify(testAdmin, optics);
    await organizations().update(member, optics, { tags: ["first"] });
    expect((await organizations().get(optics)).verifiedAt).toBeNull();
    await organizations().update(member, optics, { tags: ["second"] });
    const waiting = await pendingOf(optics);
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    for (const revision of waiting.slice(0, -1)) {
      await organizations().approve(testAdmin, revision.id);
      expect((await organizations().get(optics)).verifiedAt).toBeNull();
    }
    await organizations().approve(testAdmin, waiting.at(-1)!.id);
    expect((await organizations().get(optics)).verifiedAt).toEqual(expect.any(String));
  });
});
