import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../platform/actor.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";

describe("people of an organization", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let optics: string;
  let own: Caller;
  let otherCompany: Caller;
  let partner: Caller;
  let office: Caller;
  let personId: string;
  const people = () => setup.services.people;

  beforeAll(async () => {
    setup = await createTestApp();
    const accounts = members(setup);
    await store(setup.services, [
      organizationRecord({ externalId: "optics", kind: "manufacturer" }),
      organizationRecord({ externalId: "foods", kind: "sme" }),
      organizationRecord({ externalId: "pnp", kind: "accelerator", scope: "global" }),
      organizationRecord({ externalId: "la-office", kind: "overseas-office", scope: "global" }),
    ]);
    optics = await idOf(setup, "optics");
    own = await accounts.memberOf("kim@optics.kr", optics);
    otherCompany = await accounts.memberOf("lee@foods.kr", await idOf(setup, "foods"));
    partner = await accounts.memberOf("amy@pnp.example", await idOf(setup, "pnp"));
    office = await accounts.memberOf("jin@la-office.example", await idOf(setup, "la-office"));
  });

  it("lets a member add, change and remove people, each audited", async () => {
    const added = await people().add(own, optics, {
      name: { ko: "김대표", en: "Kim Daepyo" },
      title: { ko: "대표이사", en: "CEO" },
      email: "ceo@optics.kr",
      phone: "+82 53-120-1234",
    });
    personId = added.id;
    expect(added).toMatchObject({ organizationId: optics, contact: { email: "ceo@optics.kr" } });
    const changed = await people().update(own, optics, personId, {
      name: { ko: "김대표", en: "Kim Daepyo" },
      title: { ko: "대표", en: "Chief executive" },
      email: "kim@optics.kr",
    });
    expect(changed).toMatchObject({
      title: { en: "Chief executive" },
      contact: { email: "kim@optics.kr", phone: null },
    });
    const helper = await people().add(testAdmin, optics, { name: { ko: "박과장" }, position: 2 });
    await people().remove(own, optics, helper.id);
    expect((await people().list(optics)).map((person) => person.name.ko)).toEqual(["김대표"]);

    const { items } = await setup.services.audit.list(
      testAdmin,
      { resourceType: "person" },
      { limit: 10, offset: 0 },
    );
    expect(items.map((item) => item.action).sort()).toEqual([
      "person.add",
      "person.add",
      "person.remove",
      "person.update",
    ]);
    const update = items.find((item) => item.action === "person.update")!;
    expect(update).toMatchObject({
      actorLabel: "kim@optics.kr",
      resourceId: personId,
      before: { email: "ceo@optics.kr" },
      after: { email: "kim@optics.kr" },
    });
  });

  it.each([
    ["visitors", undefined, false],
    ["another local company's members", () => otherCompany, false],
    ["the organization's own members", () => own, true],
    ["partner members", () => partner, true],
    ["overseas office staff", () => office, true],
    ["the city", () => testAdmin, true],
  ] as const)("shows contact details to %s: %s", async (_who, caller, shown) => {
    const [person] = await people().list(optics, caller?.().actor);
    expect(person!.name.ko).toBe("김대표");
    if (shown) expect(person!.contact).toEqual({ email: "kim@optics.kr", phone: null });
    else expect(person!.contact).toBeUndefined();
  });

  it("hides contact details from the public API too", async () => {
    const response = await setup.app.inject({ url: `/api/v1/organizations/${optics}/people` });
    expect(response.statusCode).toBe(200);
    expect(response.json().items[0]).not.toHaveProperty("contact");
  });

  it("refuses changes from anyone but the organization's members and the city", async () => {
    const input = { name: { ko: "침입자" } };
    for (const [caller, code] of [
      [otherCompany, "FORBIDDEN"],
      [partner, "FORBIDDEN"],
      [undefined, "UNAUTHENTICATED"],
    ] as const) {
      await expect(people().add(caller, optics, input)).rejects.toMatchObject({ code });
      await expect(people().update(caller, optics, personId, input)).rejects.toMatchObject({ code });
      await expect(people().remove(caller, optics, personId)).rejects.toMatchObject({ code });
    }
    const response = await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${optics}/people`,
      payload: input,
      headers: { cookie: (otherCompany as Caller & { cookie: string }).cookie },
    });
    expect(response.statusCode).toBe(403);
    expect((await people().list(optics)).map((person) => person.name.ko)).toEqual(["김대표"]);
  });

  it("finds only people of the organization named, and refuses a bad phone number by field", async () => {
    const foods = await idOf(setup, "foods");
    await expect(people().update(testAdmin, foods, personId, { name: { ko: "x" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(people().remove(testAdmin, foods, personId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      people().add(testAdmin, "00000000-0000-7000-8000-000000000000", { name: { ko: "x" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const response = await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${optics}/people`,
      payload: { name: { ko: "최" }, phone: "없음" },
      headers: {
        cookie: (own as Caller & { cookie: string }).cookie,
        "accept-language": "ko",
        origin: "http://localhost:3000",
        "sec-fetch-site": "same-origin",
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: "phone", message: "+82 53-120-1234 같은 전화번호여야 합니다" },
    ]);
  });
});
