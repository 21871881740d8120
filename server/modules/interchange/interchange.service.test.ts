import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createServices, type Services } from "../../services.ts";
import { createTestDatabase } from "../../testing/database.ts";
import {
  opportunityRecord,
  organizationRecord,
  store,
  testAdmin,
  toJsonl,
  zoneRecord,
} from "../../testing/factories.ts";

const sample = readFileSync(
  new URL("../../../../shared/contracts/examples/sample.jsonl", import.meta.url),
  "utf8",
);

async function exportAll(services: Services, options: Parameters<Services["interchange"]["export"]>[0]) {
  let out = "";
  for await (const chunk of services.interchange.export(options)) out += chunk;
  return out;
}

describe("interchange import", () => {
  let services: Services;
  beforeAll(async () => {
    services = createServices({ db: (await createTestDatabase()).db });
  });

  it("imports the contract's sample file and reports counts per type", async () => {
    const result = await services.interchange.import(testAdmin, sample);
    expect(result).toEqual({
      ok: true,
      counts: {
        zone: { created: 1, updated: 0 },
        organization: { created: 4, updated: 0 },
        opportunity: { created: 1, updated: 0 },
      },
    });
    const { items } = await services.organizations.list(
      { externalId: "sample-med-ai" },
      { limit: 20, offset: 0 },
    );
    expect(items[0]).toMatchObject({
      name: { en: "Sample Medical AI" },
      zone: "suseong-alpha-city",
      stage: "seed",
    });
  });

  it("upserts by externalId: a second import updates instead of duplicating", async () => {
    const record = organizationRecord({ summary: { en: "first" } });
    await store(services, [record]);
    const result = await services.interchange.import(
      testAdmin,
      toJsonl([{ ...record, summary: { ko: "두 번째" } }]),
    );
    expect(result).toMatchObject({ ok: true, counts: { organization: { created: 0, updated: 1 } } });
    const { items, total } = await services.organizations.list(
      { externalId: record.externalId },
      { limit: 5, offset: 0 },
    );
    expect(total).toBe(1);
    expect(items[0]?.summary).toEqual({ ko: "두 번째" });
  });

  it("keeps an opportunity's machine-translation mark only where the re-import left that text as it was", async () => {
    const owner = organizationRecord({ kind: "buyer", scope: "global" });
    const record = opportunityRecord(owner.externalId, {
      title: { ko: "안경테 OEM 파트너", en: "Eyewear frame OEM partner" },
      description: { ko: "티타늄 안경테 양산", en: "Titanium frames in volume" },
    });
    await store(services, [owner, record]);
    const found = await services.opportunities.list(
      { externalId: record.externalId },
      { limit: 1, offset: 0 },
    );
    const id = found.items[0]!.id;
    const marks = ["title.en", "description.ko", "description.en"];
    await services.opportunities.update(testAdmin, id, { machineTranslated: marks });
    const marksAfter = async (changed: typeof record) => {
      const result = await services.interchange.import(testAdmin, toJsonl([changed]));
      expect(result).toMatchObject({ ok: true, counts: { opportunity: { created: 0, updated: 1 } } });
      return [...(await services.opportunities.get(id)).machineTranslated].sort();
    };

    // The same file again changes no text: every mark still describes the text it was set on.
    expect(await marksAfter(record)).toEqual([...marks].sort());
    // A person rewrote the English title and dropped the Korean description: those marks go.
    expect(
      await marksAfter({
        ...record,
        title: { ko: "안경테 OEM 파트너", en: "Frame maker wanted" },
        description: { en: "Titanium frames in volume" },
      }),
    ).toEqual(["description.en"]);
  });

  it("keeps an organization's machine-translation mark only where the re-import left that text as it was", async () => {
    const record = organizationRecord({
      summary: { ko: "티타늄 안경테 제조", en: "Titanium frame maker" },
      offering: { ko: "OEM 생산", en: "OEM production" },
    });
    await store(services, [record]);
    const id = (await services.organizations.list({ externalId: record.externalId }, { limit: 1, offset: 0 }))
      .items[0]!.id;
    await services.organizations.update(testAdmin, id, { machineTranslated: ["summary.en", "offering.en"] });
    await services.interchange.import(
      testAdmin,
      toJsonl([{ ...record, offering: { ko: "OEM 생산", en: "Contract manufacturing" } }]),
    );
    const { machineTranslated } = await services.organizations.get(id, testAdmin.actor);
    expect(machineTranslated).toEqual(["summary.en"]);
  });

  it("names every bad line and field, and writes nothing when any line is bad", async () => {
    const good = organizationRecord();
    const file = [
      JSON.stringify(good),
      JSON.stringify({ ...organizationRecord(), kind: "unicorn", colour: "blue" }),
      "{not json",
      "",
      JSON.stringify({ ...organizationRecord(), industries: ["ai", "space-mining"], zone: "nowhere" }),
      JSON.stringify(opportunityRecord("no-such-owner")),
      JSON.stringify(good),
    ].join("\n");
    const result = await services.interchange.import(testAdmin, file);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map((p) => `line ${p.line}: ${p.field}`);
    expect(lines).toEqual([
      "line 2: kind",
      "line 2: colour",
      "line 3: (line)",
      "line 5: industries[1]",
      "line 5: zone",
      "line 6: owner",
      "line 7: externalId",
    ]);
    const { total } = await services.organizations.list(
      { externalId: good.externalId },
      { limit: 1, offset: 0 },
    );
    expect(total).toBe(0);
  });

  it("says a missing required field is required", async () => {
    const { name: _name, ...nameless } = organizationRecord();
    const result = await services.interchange.import(testAdmin, toJsonl([nameless]));
    expect(result.ok ? [] : result.problems).toEqual([{ line: 1, field: "name", message: "is required" }]);
  });

  it("reports problems in Korean when asked", async () => {
    const result = await services.interchange.import(
      testAdmin,
      toJsonl([{ ...organizationRecord(), name: {} }]),
      {
        locale: "ko",
      },
    );
    expect(result.ok ? [] : result.problems).toEqual([
      { line: 1, field: "name", message: "한국어(ko) 또는 영어(en) 중 하나 이상이 필요합니다" },
    ]);
  });

  it("resolves zone and owner references to records already stored", async () => {
    const zone = zoneRecord();
    const owner = organizationRecord({ kind: "buyer", scope: "global" });
    await store(services, [zone, owner]);
    const result = await services.interchange.import(
      testAdmin,
      toJsonl([organizationRecord({ zone: zone.code }), opportunityRecord(owner.externalId)]),
    );
    expect(result.ok).toBe(true);
  });
});

describe("interchange export", () => {
  it("round-trips: exporting and importing into an empty database gives the same export", async () => {
    const source = createServices({ db: (await createTestDatabase()).db });
    await source.interchange.import(testAdmin, sample);
    const exported = await exportAll(source, { format: "jsonl" });
    expect(exported.trim().split("\n")).toHaveLength(6);

    const target = createServices({ db: (await createTestDatabase()).db });
    expect((await target.interchange.import(testAdmin, exported)).ok).toBe(true);
    expect(await exportAll(target, { format: "jsonl" })).toBe(exported);
  });

  it("writes CSV with a byte-order mark, a header and escaped cells", async () => {
    const services = createServices({ db: (await createTestDatabase()).db });
    await store(services, [
      organizationRecord({ externalId: "csv-1", name: { ko: '㈜"대구", 안경' }, tags: ["a", "b"] }),
    ]);
    const csv = await exportAll(services, { format: "csv", type: "organization" });
    expect(csv.startsWith("\uFEFFexternalId,kind,scope,name.ko,name.en")).toBe(true);
    expect(csv).toContain('csv-1,startup,local,"㈜""대구"", 안경",,');
    expect(csv).toContain(",a;b,");
  });

  it("exports only the organizations asked for, in the order asked, as JSONL and as CSV", async () => {
    const services = createServices({ db: (await createTestDatabase()).db });
    const records = [
      organizationRecord({ externalId: "ids-a", name: { ko: "가나다 안경", en: "Ganada Optics" } }),
      organizationRecord({ externalId: "ids-b", name: { ko: "대구로봇" } }),
      organizationRecord({ externalId: "ids-c", name: { en: "Left Out" } }),
    ];
    await store(services, [...records, zoneRecord()]);
    const idOf = async (externalId: string) =>
      (await services.organizations.list({ externalId }, { limit: 1, offset: 0 })).items[0]!.id;
    const ids = [await idOf("ids-b"), await idOf("ids-a")];

    const jsonl = await exportAll(services, { format: "jsonl", organizationIds: ids });
    expect(
      jsonl
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).externalId),
    ).toEqual(["ids-b", "ids-a"]);

    const csv = await exportAll(services, { format: "csv", organizationIds: [...ids, "not-an-id"] });
    expect(csv.startsWith("\uFEFFexternalId,kind,scope,name.ko,name.en")).toBe(true);
    const rows = csv.split("\r\n").slice(1, -1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^ids-b,startup,local,대구로봇,,/);
    expect(rows[1]).toMatch(/^ids-a,startup,local,가나다 안경,Ganada Optics,/);
    expect(await exportAll(services, { format: "jsonl", organizationIds: [] })).toBe("");
  });

  it("exports the organizations of a directory filter across batches of ids", async () => {
    const services = createServices({ db: (await createTestDatabase()).db });
    const buyers = Array.from({ length: 1203 }, (_, i) =>
      organizationRecord({
        kind: "buyer",
        scope: "global",
        name: { en: `Buyer ${String(i).padStart(4, "0")}` },
      }),
    );
    await store(services, [...buyers, organizationRecord({ kind: "startup" })]);
    const ids = await services.organizations.matchingIds({ kind: "buyer" });
    const lines = (await exportAll(services, { format: "jsonl", organizationIds: ids })).trim().split("\n");
    expect(lines).toHaveLength(1203);
    const names = lines.map((line) => JSON.parse(line).name.en as string);
    expect(names).toEqual([...names].sort());
    expect(names[1202]).toBe("Buyer 1202");
  });

  it("exports only the asked type", async () => {
    const services = createServices({ db: (await createTestDatabase()).db });
    await services.interchange.import(testAdmin, sample);
    const lines = (await exportAll(services, { format: "jsonl", type: "opportunity" })).trim().split("\n");
    expect(lines.map((line) => JSON.parse(line).type)).toEqual(["opportunity"]);
  });
});
