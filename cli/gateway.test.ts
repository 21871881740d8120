import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanupProcesses,
  type Exit,
  get,
  type ListBody,
  makeDataDir,
  missingDataDir,
  postmasterPid,
  postmastersFor,
  runGateway,
  startServer,
  watchPostmasters,
} from "../server/testing/process/index.ts";

// `npm run gateway -- …` as an operator runs it: a real process on a real embedded PostgreSQL (contract §3).

/** The contract's sample file, as the CLI reads it from the project root. */
const SAMPLE = "../shared/contracts/examples/sample.jsonl";
const sampleText = readFileSync(new URL(`../${SAMPLE}`, import.meta.url), "utf8");
const sampleRecords = sampleText
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Record<string, unknown>);
const sampleCounts = [
  "zone: 1 created, 0 updated",
  "organization: 4 created, 0 updated",
  "opportunity: 1 created, 0 updated",
  "",
].join("\n");

function jsonLines(text: string): Record<string, unknown>[] {
  expect(text.endsWith("\n")).toBe(true);
  return text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A command that ran to completion: the exit code and no stack trace. */
function expectExit(exit: Exit, code: number) {
  expect(exit.stderr).not.toContain("    at ");
  expect(exit, exit.stderr).toMatchObject({ code, signal: null });
}

/** A CLI that started its own PostgreSQL must have stopped it and released the data directory. */
function expectPostgresReleased(dataDir: string) {
  expect(postmastersFor(dataDir)).toEqual([]);
  expect(postmasterPid(dataDir)).toBeUndefined();
  expect(existsSync(path.join(dataDir, "postgres.holder.json"))).toBe(false);
}

afterEach(cleanupProcesses, 60_000);

describe("gateway import / export", () => {
  it("imports the contract sample, exports JSONL that re-imports cleanly, CSV with a BOM, and one type", async () => {
    const dataDir = makeDataDir();
    const env = { DATA_DIR: dataDir };

    const imported = await runGateway(["import", SAMPLE], env);
    expectExit(imported, 0);
    expect(imported.stdout).toBe(sampleCounts);
    expectPostgresReleased(dataDir);

    const jsonl = await runGateway(["export"], env);
    expectExit(jsonl, 0);
    const exported = jsonLines(jsonl.stdout);
    expect(exported).toHaveLength(6);
    const key = (record: Record<string, unknown>) => `${record.type}:${record.externalId ?? record.code}`;
    const byKey = new Map(exported.map((record) => [key(record), record]));
    for (const record of sampleRecords) {
      // The opportunity's status defaults to "open" (contract §5); everything else comes back as written.
      expect(byKey.get(key(record))).toEqual(
        record.type === "opportunity" ? { status: "open", ...record } : record,
      );
    }

    const csv = await runGateway(["export", "--format", "csv"], env);
    expectExit(csv, 0);
    expect(csv.stdout.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = csv.stdout.slice(1).split("\r\n");
    expect(header).toBe(
      "externalId,kind,scope,name.ko,name.en,summary.ko,summary.en,industries,tags,stage,foundedYear," +
        "employees,website,country,city,zone,targetMarkets",
    );
    expect(rows.pop()).toBe("");
    expect(rows.sort()).toEqual(
      [
        "daegu-city,public-agency,local,대구광역시,Daegu Metropolitan City,,,,,,,,,KR,Daegu,,",
        'pnp,accelerator,global,플러그앤플레이,Plug and Play,,"Startup accelerator and venture investor, Sunnyvale, California; Daegu branch since 2023.",,,,,,,US,Sunnyvale,,',
        "sample-optics,manufacturer,local,㈜샘플광학,,금속 안경테를 OEM으로 생산하는 제조사.,,eyewear,,,,40,,KR,Daegu,,",
        "sample-med-ai,startup,local,,Sample Medical AI,,Pathology image analysis software.,,,seed,,,,KR,Daegu,suseong-alpha-city,",
      ].sort(),
    );

    const opportunities = await runGateway(["export", "--type", "opportunity"], env);
    expectExit(opportunities, 0);
    expect(jsonLines(opportunities.stdout)).toEqual([byKey.get("opportunity:pnp-health-2025")]);

    const file = path.join(makeDataDir("gateway-export-"), "export.jsonl");
    writeFileSync(file, jsonl.stdout);
    const reimported = await runGateway(["import", file], env);
    expectExit(reimported, 0);
    expect(reimported.stdout).toBe(
      "zone: 0 created, 1 updated\norganization: 0 created, 4 updated\nopportunity: 0 created, 1 updated\n",
    );
    expect((await runGateway(["export"], env)).stdout).toBe(jsonl.stdout);
    expectPostgresReleased(dataDir);
  });

  it("reports every problem of an invalid file as `line N: field: message` and imports nothing", async () => {
    const dataDir = makeDataDir();
    const file = path.join(makeDataDir("gateway-input-"), "bad.jsonl");
    writeFileSync(
      file,
      [
        '{"type":"organization","externalId":"fine","kind":"startup","scope":"local","name":{"en":"Fine Co"}}',
        '{"type":"organization","externalId":"bad-kind","kind":"unicorn","scope":"local","name":{"en":"Bad"}}',
        "not json",
        '{"type":"organization","externalId":"no-name","kind":"sme","scope":"local","colour":"blue"}',
        '{"type":"opportunity","externalId":"o-1","owner":"nobody","kind":"program","title":{"en":"X"},"industries":["quantum"]}',
        "",
      ].join("\n"),
    );

    const result = await runGateway(["import", file], { DATA_DIR: dataDir });
    expectExit(result, 1);
    const lines = result.stdout.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^line \d+: [^:]+: \S.*$/);
    expect(lines.map((line) => line.split(": ").slice(0, 2).join(": "))).toEqual([
      "line 2: kind",
      "line 3: (line)",
      "line 4: name",
      "line 4: colour",
      "line 5: industries[0]",
      "line 5: owner",
    ]);
    expect(lines[1]).toBe("line 3: (line): is not valid JSON");
    expect(lines[3]).toContain("colour");
    expect(result.stderr).toContain("Nothing was imported: 6 problem(s).\n");

    const exported = await runGateway(["export"], { DATA_DIR: dataDir });
    expectExit(exported, 0);
    expect(exported.stdout).toBe("");
  });

  it("imports from standard input with `-`", async () => {
    const dataDir = makeDataDir();
    const result = await runGateway(["import", "-"], { DATA_DIR: dataDir }, sampleText);
    expectExit(result, 0);
    expect(result.stdout).toBe(sampleCounts);

    const organizations = await runGateway(["export", "--type", "organization"], { DATA_DIR: dataDir });
    expect(jsonLines(organizations.stdout).map((record) => record.externalId)).toEqual(
      expect.arrayContaining(["daegu-city", "pnp", "sample-optics", "sample-med-ai"]),
    );
    expect(jsonLines(organizations.stdout)).toHaveLength(4);
  });
});

describe("gateway demo", () => {
  it("adds the same synthetic companies on two fresh data directories", async () => {
    const dirs = [makeDataDir(), makeDataDir()];
    const exports = await Promise.all(
      dirs.map(async (dir) => {
        const demo = await runGateway(["demo", "--companies", "30"], { DATA_DIR: dir });
        expectExit(demo, 0);
        expect(demo.stdout).toMatch(/^Added 30 synthetic companies in \d+\.\d s\n$/);
        const exported = await runGateway(["export"], { DATA_DIR: dir });
        expectExit(exported, 0);
        return exported.stdout;
      }),
    );
    expect(exports[1]).toBe(exports[0]);
    const ids = jsonLines(exports[0]!).map((record) => record.externalId);
    expect(ids).toHaveLength(30);
    expect([...ids].sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `synthetic-${String(i + 1).padStart(6, "0")}`),
    );
  });
});

describe("gateway next to a running server", () => {
  it("joins the server's PostgreSQL instead of starting a second one, and its import shows in the API", async () => {
    const dataDir = makeDataDir();
    const server = await startServer({ DATA_DIR: dataDir, DEMO_DATA: "off" });
    const postgres = postmasterPid(dataDir)!;
    const env = { DATA_DIR: dataDir };

    const watch = watchPostmasters(dataDir);
    const imported = await runGateway(["import", SAMPLE], env);
    const exported = await runGateway(["export"], env);
    expect([...watch.stop()]).toEqual([postgres]);

    expectExit(imported, 0);
    expect(imported.stdout).toBe(sampleCounts);
    expectExit(exported, 0);
    expect(jsonLines(exported.stdout)).toHaveLength(6);
    for (const { stderr } of [imported, exported]) {
      expect(stderr).not.toMatch(/Embedded PostgreSQL is ready|Creating the embedded|Stopping an orphaned/);
    }

    // The CLI must have left the server's PostgreSQL and its claim on the directory alone.
    expect(postmasterPid(dataDir)).toBe(postgres);
    expect(postmastersFor(dataDir)).toEqual([postgres]);
    expect(JSON.parse(readFileSync(path.join(dataDir, "postgres.holder.json"), "utf8"))).toEqual({
      pid: server.pid,
      role: "server",
    });

    expect((await get(server.url, "/healthz")).status).toBe(200);
    const organizations = await get(server.url, "/api/v1/organizations?limit=100");
    expect(organizations.status).toBe(200);
    const list = organizations.json as ListBody<{ externalId: string }>;
    expect(list.total).toBe(4);
    expect(list.items.map((item) => item.externalId).sort()).toEqual(
      ["daegu-city", "pnp", "sample-med-ai", "sample-optics"].sort(),
    );
    const opportunities = await get(server.url, "/api/v1/opportunities?externalId=pnp-health-2025");
    expect((opportunities.json as ListBody).total).toBe(1);

    expect((await server.stop()).code).toBe(0);
  });
});

describe("gateway token create", () => {
  it("prints a new token as the last line, which a running server accepts as a Bearer token", async () => {
    const dataDir = makeDataDir();
    const server = await startServer({ DATA_DIR: dataDir, DEMO_DATA: "off" });
    const created = await runGateway(["token", "create", "--role", "admin", "--name", "ci"], {
      DATA_DIR: dataDir,
    });
    expectExit(created, 0);
    const token = created.stdout.trimEnd().split("\n").at(-1)!;
    expect(token).toMatch(/^dgg_[A-Za-z0-9_-]{43}$/);

    const anonymous = await get(server.url, "/api/v1/tokens");
    expect(anonymous.status).toBe(401);
    const listed = await fetch(`${server.url}/api/v1/tokens`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as ListBody<{ name: string; role: string }>).items).toMatchObject([
      { name: "ci", role: "admin" },
    ]);
    expect((await server.stop()).code).toBe(0);
  });

  it("refuses a role outside the list, naming --role", async () => {
    const result = await runGateway(["token", "create", "--role", "mayor", "--name", "x"], {
      DATA_DIR: missingDataDir(),
    });
    expectExit(result, 2);
    expect(result.stderr).toMatch(/^--role must be one of admin, program-manager/);
  });
});

describe("gateway usage errors", () => {
  it("answers an unknown command with exit 2 and the usage, without opening a database", async () => {
    const dataDir = missingDataDir();
    const result = await runGateway(["frobnicate"], { DATA_DIR: dataDir });
    expectExit(result, 2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Unknown command: frobnicate\n\nUsage: npm run gateway -- <command>\n/);
    for (const usage of [
      "import FILE|-",
      "export [--format jsonl|csv] [--type organization|opportunity]",
      "demo [--companies N]",
      "token create --role ROLE --name NAME [--expires-in-days N] [--read-only]",
      "migrate",
    ]) {
      expect(result.stderr).toContain(`  ${usage} `);
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses `export --format xml` with exit 2 naming --format", async () => {
    const dataDir = missingDataDir();
    const result = await runGateway(["export", "--format", "xml"], { DATA_DIR: dataDir });
    expectExit(result, 2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "--format must be jsonl or csv.\n" +
        "Usage: npm run gateway -- export [--format jsonl|csv] [--type organization|opportunity]\n",
    );
    expect(existsSync(dataDir)).toBe(false);
  });
});
