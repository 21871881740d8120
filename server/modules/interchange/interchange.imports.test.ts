import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
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
import { insertImport } from "./imports.repository.ts";
import { interchangeImports } from "./imports.table.ts";
import { writeRecords } from "./interchange.writer.ts";

const member: Caller = { actor: { kind: "user", id: "u-1", label: "member@example.kr", role: undefined } };
const reviewer: Caller = { actor: { kind: "user", id: "u-2", label: "rev@example.kr", role: "reviewer" } };

/** Starts an import and waits for its background work, as a page polling it would see at the end. */
async function importFile(services: Services, text: string, fileName = "upload.jsonl") {
  const started = await services.interchange.startImport(testAdmin, { fileName, text, locale: "en" });
  await services.interchange.waitFor(started.id);
  return { started, finished: await services.interchange.getImport(testAdmin, started.id) };
}

describe("imports uploaded in the background", () => {
  let services: Services;
  let db: Db;
  beforeAll(async () => {
    db = (await createTestDatabase()).db;
    services = createServices({ db });
  });

  it("answers at once with a running import, then finishes with counts and full progress", async () => {
    const zone = zoneRecord();
    const organizations = Array.from({ length: 2500 }, () => organizationRecord({ zone: zone.code }));
    const text = `${toJsonl([zone, ...organizations, opportunityRecord(organizations[0]!.externalId)])}\n\n`;
    const { started, finished } = await importFile(services, text, "companies.jsonl");

    expect(started).toMatchObject({
      fileName: "companies.jsonl",
      status: "running",
      phase: "validating",
      totalLines: 2502,
      counts: null,
      problems: [],
      createdBy: "test",
      finishedAt: null,
    });
    expect(finished).toMatchObject({
      id: started.id,
      status: "done",
      phase: null,
      totalLines: 2502,
      processedLines: 2502,
      counts: {
        zone: { created: 1, updated: 0 },
        organization: { created: 2500, updated: 0 },
        opportunity: { created: 1, updated: 0 },
      },
      problemCount: 0,
      problems: [],
    });
    expect(Date.parse(finished.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(finished.createdAt));
    const { total } = await services.organizations.list(
      { externalId: organizations[2499]!.externalId },
      { limit: 1, offset: 0 },
    );
    expect(total).toBe(1);

    // Audited like the CLI import, naming the upload.
    const { items } = await services.audit.list(
      testAdmin,
      { action: "interchange.import", resourceId: started.id },
      { limit: 5, offset: 0 },
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.after).toMatchObject({ fileName: "companies.jsonl", lines: 2502 });
  });

  it("upserts by externalId: uploading the same records again updates them", async () => {
    const record = organizationRecord();
    await store(services, [record]);
    const { finished } = await importFile(services, toJsonl([{ ...record, city: "Daegu" }]));
    expect(finished.counts?.organization).toEqual({ created: 0, updated: 1 });
  });

  it("marks an invalid file invalid, names every bad line, and writes nothing", async () => {
    const good = organizationRecord();
    const lines = [
      JSON.stringify(good),
      JSON.stringify({ ...organizationRecord(), kind: "unicorn" }),
      "{broken",
      "",
      JSON.stringify({ ...organizationRecord(), zone: "nowhere", colour: "blue" }),
      JSON.stringify(opportunityRecord("no-such-owner")),
      JSON.stringify(good),
    ];
    const { finished } = await importFile(services, lines.join("\n"));
    expect(finished).toMatchObject({
      status: "invalid",
      phase: null,
      totalLines: 6,
      processedLines: 6,
      counts: null,
      problemCount: 6,
    });
    expect(finished.problems.map((p) => `line ${p.line}: ${p.field}`)).toEqual([
      "line 2: kind",
      "line 3: (line)",
      "line 5: colour",
      "line 5: zone",
      "line 6: owner",
      "line 7: externalId",
    ]);
    expect(finished.problems[1]).toEqual({ line: 3, field: "(line)", message: "is not valid JSON" });
    const { total } = await services.organizations.list(
      { externalId: good.externalId },
      { limit: 1, offset: 0 },
    );
    expect(total).toBe(0);
  });

  it("reports problems in the uploader's language and keeps the first 5,000 of many", async () => {
    const bad = Array.from({ length: 5200 }, () => "nope").join("\n");
    const started = await services.interchange.startImport(testAdmin, {
      fileName: "bad.jsonl",
      text: bad,
      locale: "ko",
    });
    await services.interchange.waitFor(started.id);
    const finished = await services.interchange.getImport(testAdmin, started.id);
    expect(finished.status).toBe("invalid");
    expect(finished.problemCount).toBe(5200);
    expect(finished.problems).toHaveLength(5000);
    expect(finished.problems[4999]).toEqual({
      line: 5000,
      field: "(line)",
      message: "JSON으로 읽을 수 없습니다",
    });
  });

  it("lists imports newest first, without their problems", async () => {
    const { items, total } = await services.interchange.listImports(testAdmin, { limit: 2, offset: 0 });
    expect(total).toBeGreaterThanOrEqual(4);
    expect(items).toHaveLength(2);
    expect(items[0]!.fileName).toBe("bad.jsonl");
    expect(items[0]).not.toHaveProperty("problems");
    expect(Date.parse(items[0]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(items[1]!.createdAt));
  });

  it("is for city admins only", async () => {
    const upload = { fileName: "x.jsonl", text: toJsonl([organizationRecord()]) };
    await expect(services.interchange.startImport(undefined, upload)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    for (const caller of [member, reviewer]) {
      await expect(services.interchange.startImport(caller, upload)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(services.interchange.listImports(caller, { limit: 5, offset: 0 })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(services.interchange.getImport(testAdmin, "not-a-uuid")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("marks imports whose process stopped reporting as failed, and leaves moving ones alone", async () => {
    const orphan = await insertImport(db, { fileName: "orphan.jsonl", totalLines: 10, createdBy: "gone" });
    const alive = await insertImport(db, {
      fileName: "alive.jsonl",
      totalLines: 10,
      createdBy: "other server",
    });
    await db
      .update(interchangeImports)
      .set({ heartbeatAt: new Date(Date.now() - 5 * 60_000) })
      .where(eq(interchangeImports.id, orphan.id));
    expect(await services.interchange.failInterrupted()).toBe(1);
    expect((await services.interchange.getImport(testAdmin, alive.id)).status).toBe("running");
    const view = await services.interchange.getImport(testAdmin, orphan.id);
    expect(view).toMatchObject({ status: "failed", phase: null });
    expect(view.finishedAt).not.toBeNull();
  });
});

describe("writeRecords", () => {
  it("reports progress after each chunk of the one transaction", async () => {
    const { db } = await createTestDatabase();
    const seen: number[] = [];
    const records = Array.from({ length: 2500 }, () => organizationRecord());
    const counts = await writeRecords(db, records, undefined, (processed) => {
      seen.push(processed);
    });
    expect(seen).toEqual([1000, 2000, 2500]);
    expect(counts.organization.created).toBe(2500);
  });
});
