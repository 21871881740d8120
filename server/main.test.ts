import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "./testing/database.ts";
import {
  cleanupProcesses,
  type Exit,
  freePort,
  get,
  isRunning,
  type ListBody,
  makeDataDir,
  missingDataDir,
  postmasterPid,
  postmastersFor,
  runServer,
  startServer,
} from "./testing/process/index.ts";

// `npm start` as an operator runs it: real processes, a real embedded PostgreSQL under a fresh DATA_DIR.

const demoExternalIds = readFileSync(new URL("./modules/demo/demo-data.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { type: string; externalId?: string })
  .filter((record) => record.type === "organization")
  .map((record) => record.externalId!)
  .sort();

/** Contract §6: the industry codes that stay valid whatever sub-sectors are added. */
const contractIndustryCodes = [
  ...["ai", "big-data", "blockchain", "future-mobility", "robotics", "healthcare", "semiconductors"],
  ...["eyewear", "food", "textiles", "auto-parts", "machinery", "content", "fintech", "energy", "other"],
];

const NOT_STARTED = "Daegu Global Gateway did not start: ";

/** A refused start-up: exit 1 and exactly one line on stderr saying why, never a stack trace. */
function expectRefusal(exit: Exit, sentence: string | RegExp) {
  expect(exit.signal).toBeNull();
  expect(exit.stderr).not.toContain("    at ");
  expect(exit.stderr.endsWith("\n")).toBe(true);
  expect(exit.stderr.trimEnd().split("\n")).toHaveLength(1);
  if (typeof sentence === "string") expect(exit.stderr).toBe(`${NOT_STARTED}${sentence}\n`);
  else expect(exit.stderr).toMatch(sentence);
  expect(exit.code).toBe(1);
}

function holderOf(dataDir: string): unknown {
  const file = path.join(dataDir, "postgres.holder.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

async function organizations(url: string) {
  const response = await get(url, "/api/v1/organizations?limit=100");
  expect(response.status).toBe(200);
  return response.json as ListBody<{ externalId: string }>;
}

afterEach(cleanupProcesses, 60_000);

describe("server/main.ts as a process", () => {
  it("starts on an empty DATA_DIR with demo data, serves Korean pages and the API, and stops PostgreSQL on SIGTERM", async () => {
    const dataDir = makeDataDir();
    const server = await startServer({ DATA_DIR: dataDir });
    expect(server.stdout()).toContain(`Loaded the demo data: ${demoExternalIds.length} organizations.`);
    const postgres = postmasterPid(dataDir)!;
    expect(isRunning(postgres)).toBe(true);
    expect(postmastersFor(dataDir)).toEqual([postgres]);
    expect(holderOf(dataDir)).toEqual({ pid: server.pid, role: "server" });

    const health = await get(server.url, "/healthz");
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: "ok" });

    const home = await get(server.url, "/");
    expect(home.status).toBe(200);
    expect(home.contentType).toMatch(/^text\/html/);
    expect(home.text).toContain('<html lang="ko"');
    expect(home.text).toMatch(/대구/);

    const list = await organizations(server.url);
    expect(list.total).toBe(demoExternalIds.length);
    expect(list.items.map((item) => item.externalId).sort()).toEqual(demoExternalIds);

    const exit = await server.stop("SIGTERM");
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.stdout).toContain("SIGTERM: finishing open requests and stopping PostgreSQL");
    expect(exit.stderr).not.toContain("    at ");
    expect(isRunning(postgres)).toBe(false);
    expect(postmastersFor(dataDir)).toEqual([]);
    expect(postmasterPid(dataDir)).toBeUndefined();
    expect(holderOf(dataDir)).toBeUndefined();
  });

  it("with DEMO_DATA=off has no organizations but still the reference industries of contract §6", async () => {
    const server = await startServer({ DATA_DIR: makeDataDir(), DEMO_DATA: "off" });
    expect(server.stdout()).not.toContain("Loaded the demo data");

    expect(await organizations(server.url)).toEqual({ items: [], total: 0 });

    const industries = await get(server.url, "/api/v1/industries");
    expect(industries.status).toBe(200);
    const body = industries.json as ListBody<{ code: string; organizationCount: number }>;
    expect(body.total).toBe(body.items.length);
    expect(body.items.map((item) => item.code)).toEqual(expect.arrayContaining(contractIndustryCodes));
    expect(body.items.every((item) => item.organizationCount === 0)).toBe(true);

    expect((await server.stop()).code).toBe(0);
  });

  it("with DATABASE_URL uses that PostgreSQL and embeds nothing", async () => {
    const url = await createTestDatabase().then((database) => database.url);
    const dataDir = missingDataDir();
    const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: url });
    expect(server.stdout()).toMatch(
      /database: external PostgreSQL postgres:\/\/gateway:\*\*\*@127\.0\.0\.1:\d+\/test_/,
    );
    expect((await organizations(server.url)).total).toBe(74);
    expect(existsSync(dataDir)).toBe(false);
    expect((await server.stop()).code).toBe(0);
  });

  it("after a kill -9 the orphaned PostgreSQL keeps running, and the next start replaces it and keeps the data", async () => {
    const dataDir = makeDataDir();
    const first = await startServer({ DATA_DIR: dataDir });
    const orphan = postmasterPid(dataDir)!;

    expect((await first.stop("SIGKILL")).signal).toBe("SIGKILL");
    await sleep(500);
    expect(isRunning(orphan)).toBe(true);
    expect(postmastersFor(dataDir)).toEqual([orphan]);

    const second = await startServer({ DATA_DIR: dataDir });
    expect(second.stdout()).toContain(
      `Stopping an orphaned PostgreSQL (pid ${orphan}) left behind by an earlier run.`,
    );
    expect(second.stdout()).not.toContain("Loaded the demo data");
    expect(isRunning(orphan)).toBe(false);
    const fresh = postmasterPid(dataDir)!;
    expect(fresh).not.toBe(orphan);
    expect(postmastersFor(dataDir)).toEqual([fresh]);
    expect(holderOf(dataDir)).toEqual({ pid: second.pid, role: "server" });

    const list = await organizations(second.url);
    expect(list.total).toBe(demoExternalIds.length);

    expect((await second.stop()).code).toBe(0);
    expect(isRunning(fresh)).toBe(false);
  });

  it("refuses a second server on the same DATA_DIR in one sentence and leaves the first one serving", async () => {
    const dataDir = makeDataDir();
    const first = await startServer({ DATA_DIR: dataDir, DEMO_DATA: "off" });
    const postgres = postmasterPid(dataDir)!;

    const second = await runServer({ DATA_DIR: dataDir, PORT: String(await freePort()), DEMO_DATA: "off" });
    expectRefusal(
      second,
      `Another gateway server (pid ${first.pid}) is already running on DATA_DIR ${path.resolve(dataDir)}.`,
    );

    expect((await get(first.url, "/healthz")).status).toBe(200);
    expect(postmastersFor(dataDir)).toEqual([postgres]);
    expect(holderOf(dataDir)).toEqual({ pid: first.pid, role: "server" });
    expect((await first.stop()).code).toBe(0);
  });

  it("refuses a busy PORT before starting PostgreSQL, writing nothing", async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const dataDir = makeDataDir();
      const exit = await runServer({ DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: "off" });
      expectRefusal(exit, `Port ${port} is already in use. Set PORT to a free port.`);
      expect(postmastersFor(dataDir)).toEqual([]);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("refuses a non-empty DATA_DIR that is not ours and writes nothing into it", async () => {
    const dataDir = makeDataDir();
    writeFileSync(path.join(dataDir, "notes.txt"), "someone else's files\n");

    const exit = await runServer({ DATA_DIR: dataDir, DEMO_DATA: "off" });
    expectRefusal(
      exit,
      `DATA_DIR ${path.resolve(dataDir)} is not empty and is not a Daegu Global Gateway data directory. ` +
        "Point DATA_DIR at an empty or new directory.",
    );
    expect(readdirSync(dataDir)).toEqual(["notes.txt"]);
    expect(readFileSync(path.join(dataDir, "notes.txt"), "utf8")).toBe("someone else's files\n");
  });

  it("refuses an unreachable DATABASE_URL without showing its password, and embeds nothing", async () => {
    const closed = await freePort();
    const dataDir = missingDataDir();
    const exit = await runServer({
      DATABASE_URL: `postgres://x:secret-pw@127.0.0.1:${closed}/db`,
      DATA_DIR: dataDir,
    });
    expectRefusal(
      exit,
      new RegExp(
        `^${NOT_STARTED}Cannot reach the database at postgres://x:\\*\\*\\*@127\\.0\\.0\\.1:${closed}/db: .*ECONNREFUSED.*\\.\\n$`,
      ),
    );
    expect(exit.stderr).not.toContain("secret-pw");
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses PORT=abc naming PORT before touching DATA_DIR", async () => {
    const dataDir = missingDataDir();
    const exit = await runServer({ PORT: "abc", DATA_DIR: dataDir });
    expectRefusal(exit, new RegExp(`^${NOT_STARTED}Configuration error: PORT .+\\.\\n$`));
    expect(existsSync(dataDir)).toBe(false);
  });
});
