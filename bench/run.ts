import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "../server/platform/free-port.ts";
import { type Argon2Cost, measureArgon2, summarize } from "./lib/argon2-cost.ts";
import { type Credentials, createAdminToken, type SignIns, signUpAndSignIn } from "./lib/credentials.ts";
import { embeddedDatabaseUrl } from "./lib/database-url.ts";
import { importDemo } from "./lib/demo-import.ts";
import { expectOk } from "./lib/expect-ok.ts";
import { type Roundtrip, timeInterchangeRoundtrip } from "./lib/interchange-roundtrip.ts";
import { describeMachine } from "./lib/machine.ts";
import {
  importChangedCompanies,
  type Sequential,
  timeFirstRequest,
  timeSequential,
} from "./lib/matching-reload.ts";
import { type MatchingReload, matchingDetails, printMatching } from "./lib/matching-report.ts";
import { measure } from "./lib/measure.ts";
import { startRawServer } from "./lib/raw-server.ts";
import { printTable, type ResultRow, resultRow, writeResults } from "./lib/report.ts";
import {
  type AuthenticatedRow,
  type BenchRow,
  isSqlRow,
  resolvePath,
  rowName,
  type SqlRow,
} from "./lib/row.ts";
import { loadRows } from "./lib/rows.ts";
import { type ServerProcess, startServer } from "./lib/server-process.ts";
import { ensureWebBuild } from "./lib/web-build.ts";
import { row as opportunityMatches } from "./rows/opportunity-matches.ts";

const dataDir = path.resolve(".tmp/bench-data");
const resultsFile = path.resolve("bench/results.json");
const companies = 100_000;
const opportunities = 10_000;
// The LA office's support desk (issue 6): its queue and dashboard rows read these.
const supportRequests = 100_000;
// The small second import after which the matching reload is timed again.
const changedCompanies = 100;
const load = { connections: 10, warmupSeconds: 2, seconds: 5 };
// Better Auth allows 5 sign-ins a minute per client address; 4 timed ones leave room for a rerun's stragglers.
const timedSignIns = 4;
// Better Auth caches the session in a signed cookie for 5 minutes; past that, the session rows would measure
// a session query per request (the refreshed cookie never reaches autocannon).
const cookieCacheMs = 5 * 60_000;
const serverEnv = {
  DEMO_DATA: "on",
  // The global per-client limit would turn the load into 429s; the bench measures the work, not the limiter.
  RATE_LIMIT_PER_MINUTE: "100000000",
  LOG_LEVEL: "warn",
  NODE_ENV: "production",
};

const log = (message: string) => process.stderr.write(`${message}\n`);

/**
 * `npm run bench`: fresh data, 100,000 companies, 10,000 opportunities and 100,000 support requests, each row
 * against the real server and its raw baseline.
 */
async function main() {
  const started = performance.now();
  const rows = await loadRows();
  await ensureWebBuild();
  rmSync(dataDir, { recursive: true, force: true });

  log(`Starting the server on a fresh ${path.relative(process.cwd(), dataDir)} …`);
  const server = await startServer({ dataDir, port: await freePort(), env: serverEnv });
  let results: ResultRow[];
  let importSeconds: number;
  let opportunitiesSeconds: number;
  let supportSeconds: number;
  let roundtrip: Roundtrip;
  let matching: MatchingReload;
  const auth = new AuthSetup(server.baseUrl);
  try {
    log(`Importing ${companies.toLocaleString("en")} demo companies …`);
    importSeconds = await importDemo(dataDir, { companies });
    log(`Importing ${opportunities.toLocaleString("en")} demo opportunities …`);
    opportunitiesSeconds = await importDemo(dataDir, { opportunities });
    log(`Making ${supportRequests.toLocaleString("en")} demo support requests for the LA office …`);
    supportSeconds = await importDemo(dataDir, { supportRequests });
    const pool = openPool();
    try {
      const params = await resolveParams(rows, pool);
      const matchesUrl = `${server.baseUrl}${resolvePath(opportunityMatches.path, params.get(opportunityMatches)!)}`;
      const headers = { authorization: `Bearer ${await auth.token()}` };
      log("Timing the first match request after the import (it reloads the matching snapshot) …");
      const afterImport = await timeFirstRequest(matchesUrl, headers);
      const sequential: Record<string, Sequential> = {};
      for (const row of rows.filter(isSqlRow).filter((r) => r.path.includes("/matches"))) {
        log(`Timing ${rowName(row)} from one client …`);
        const url = `${server.baseUrl}${resolvePath(row.path, params.get(row)!)}`;
        sequential[rowName(row)] = await timeSequential(url, headers, 100);
      }
      results = await measureRows(rows, server, auth, pool, params);
      log(
        `Importing ${changedCompanies} changed companies with the CLI, then timing the first match request …`,
      );
      const smallImportSeconds = await importChangedCompanies(
        pool,
        dataDir,
        path.resolve(".tmp/bench-changed-companies.jsonl"),
        changedCompanies,
      );
      const afterSmallImport = await timeFirstRequest(matchesUrl, headers);
      matching = {
        sequential,
        companies,
        opportunities,
        changedCompanies,
        afterImport,
        afterSmallImport,
        smallImportSeconds,
      };
    } finally {
      await pool.end();
    }
    if (!auth.signIns) await auth.credentials(); // the sign-in row needs the timed sign-ins
    log(`Exporting and re-importing the whole directory with the CLI …`);
    roundtrip = await timeInterchangeRoundtrip(dataDir, path.resolve(".tmp/bench-directory.jsonl"));
  } finally {
    log("Stopping the server …");
    await server.stop();
  }
  // With the server stopped, so that nothing else competes for the cores.
  log("Timing argon2id in-process …");
  const argon2 = await measureArgon2({ hashes: 10, verifies: 40 });
  const signIns = auth.signIns!;
  results.push(signInRow(signIns, argon2));

  console.log("");
  printTable(results);
  console.log("");
  console.log(`Demo import of ${companies.toLocaleString("en")} companies: ${importSeconds.toFixed(1)} s`);
  console.log(
    `Demo import of ${opportunities.toLocaleString("en")} opportunities (and their global partners): ${opportunitiesSeconds.toFixed(1)} s`,
  );
  console.log(
    `Demo support requests: ${supportRequests.toLocaleString("en")} for the LA office over 18 months, with their first replies and SLA breaches: ${supportSeconds.toFixed(1)} s`,
  );
  printMatching(matching, results);
  console.log(
    `gateway export of ${roundtrip.organizations.toLocaleString("en")} organizations (${roundtrip.megabytes.toFixed(0)} MB JSONL): ${roundtrip.exportSeconds.toFixed(1)} s; gateway import of that file (validated, then upserted in one transaction): ${roundtrip.importSeconds.toFixed(1)} s`,
  );
  console.log(
    `Load: autocannon, ${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.seconds} s measured per target; p50/p95 exact over every 2xx response.`,
  );
  console.log(
    "Rows marked (Bearer token) / (session cookie): raw req/s = the same URL anonymously (mean of the runs just before and after), so ratio = authenticated ÷ anonymous;",
  );
  console.log(
    "  except the /matches rows (they need a caller): raw req/s = the hand-written SQL ranking by shared concepts, answered by the bare server.",
  );
  console.log(
    "The support-requests and dashboard rows (admin token): raw req/s = the hand-written SQL of the page and its count (the dashboard's five aggregates), answered by the bare server.",
  );
  printSignInCost(signIns, argon2);
  console.log(`Total wall time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  writeResults(resultsFile, describeMachine(), results, {
    signIn: signInDetails(signIns, argon2),
    interchange: {
      demoImportSeconds: importSeconds,
      demoOpportunitiesImportSeconds: opportunitiesSeconds,
      demoSupportRequestsSeconds: supportSeconds,
      ...roundtrip,
    },
    matching: matchingDetails(matching),
  });
  console.log(`Wrote ${path.relative(process.cwd(), resultsFile)}`);
}

function openPool(): pg.Pool {
  // The same session setting as the server's pool (server/db/client.ts), so both run the same query plans.
  const pool = new pg.Pool({
    connectionString: embeddedDatabaseUrl(dataDir),
    max: 10,
    options: "-c pg_trgm.word_similarity_threshold=0.5",
  });
  pool.on("error", () => {});
  return pool;
}

type RowParams = Map<SqlRow, Record<string, string>>;

/** The values of each row's path placeholders (ids of the imported records), looked up once. */
async function resolveParams(rows: BenchRow[], pool: pg.Pool): Promise<RowParams> {
  const params: RowParams = new Map();
  for (const row of rows.filter(isSqlRow)) params.set(row, (await row.params?.(pool)) ?? {});
  return params;
}

async function measureRows(
  rows: BenchRow[],
  server: ServerProcess,
  auth: AuthSetup,
  pool: pg.Pool,
  params: RowParams,
): Promise<ResultRow[]> {
  const raw = await startRawServer(rows.filter(isSqlRow), pool, await freePort(), (row) => params.get(row)!);
  try {
    // The steady state autovacuum gives a long-running server (statistics, visibility map), reached now rather
    // than by an autovacuum that would start in the middle of a measurement.
    await pool.query("vacuum (analyze)");
    const results: ResultRow[] = [];
    for (const row of rows) {
      if (!isSqlRow(row)) {
        results.push(await measureAuthenticated(row, `${server.baseUrl}${row.path}`, auth));
        continue;
      }
      const realUrl = `${server.baseUrl}${resolvePath(row.path, params.get(row)!)}`;
      const headers = row.auth === "token" ? { authorization: `Bearer ${await auth.token()}` } : undefined;
      const rawUrl = raw.urlOf(row);
      await expectOk(realUrl, headers);
      await expectOk(rawUrl);
      log(`Measuring ${rowName(row)} …`);
      const real = await measure(realUrl, load, headers);
      const baseline = await measure(rawUrl, load);
      results.push(resultRow(rowName(row), real, baseline.rps));
    }
    return results;
  } finally {
    await raw.close();
  }
}

/** Credentials for the authenticated rows, made on first need (a session cookie's cache lasts 5 minutes). */
class AuthSetup {
  signIns: SignIns | undefined;
  #credentials: Credentials | undefined;
  #token: Promise<string> | undefined;
  #signedInAt = 0;
  readonly #baseUrl: string;
  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  async credentials(): Promise<Credentials> {
    if (!this.#credentials) {
      log(`Signing up a user and signing it in ${timedSignIns} times …`);
      this.signIns = await signUpAndSignIn(this.#baseUrl, timedSignIns);
      this.#signedInAt = Date.now();
      this.#credentials = { cookie: this.signIns.cookie, token: await this.token() };
    }
    return this.#credentials;
  }

  /** The admin API token alone (no sign-in: that starts the session cookie's 5-minute clock). */
  async token(): Promise<string> {
    if (!this.#token) {
      log("Issuing an admin API token …");
      this.#token = createAdminToken(dataDir);
    }
    return this.#token;
  }

  headersFor(row: AuthenticatedRow, credentials: Credentials): Record<string, string> {
    if (row.auth === "token") return { authorization: `Bearer ${credentials.token}` };
    if (Date.now() - this.#signedInAt > cookieCacheMs - 60_000) {
      throw new Error(
        "The session's cookie cache would expire during the measurement; sign in nearer to it.",
      );
    }
    return { cookie: credentials.cookie };
  }
}

/**
 * The same URL anonymously, with credentials, and anonymously again: ratio = authenticated req/s ÷ the mean of
 * the two anonymous runs around it, which cancels most of the drift between consecutive runs.
 */
async function measureAuthenticated(row: AuthenticatedRow, url: string, auth: AuthSetup): Promise<ResultRow> {
  const headers = auth.headersFor(row, await auth.credentials());
  await expectOk(url, headers);
  log(`Measuring ${rowName(row)} …`);
  const before = await measure(url, load);
  const authenticated = await measure(url, load, headers);
  const after = await measure(url, load);
  return resultRow(rowName(row), authenticated, (before.rps + after.rps) / 2);
}

/**
 * One sign-in, end to end, against one argon2id verification in-process, both from a single sequential
 * client: req/s = 1 / mean latency, so ratio = the share of a sign-in's time that argon2 takes.
 */
function signInRow(signIns: SignIns, argon2: Argon2Cost): ResultRow {
  const timing = summarize(Float64Array.from(signIns.signInMs));
  return resultRow(
    "POST /api/auth/sign-in/email",
    { p50Ms: timing.p50Ms, p95Ms: timing.p95Ms, rps: timing.perSecond },
    argon2.verify.perSecond,
  );
}

function printSignInCost(signIns: SignIns, argon2: Argon2Cost) {
  const ms = (value: number) => value.toFixed(1);
  const timing = (t: Argon2Cost["hash"]) =>
    `mean ${ms(t.meanMs)} ms, p50 ${ms(t.p50Ms)}, p95 ${ms(t.p95Ms)} over ${t.n} → ${t.perSecond.toFixed(1)}/s`;
  console.log("Sign-in cost (argon2id, m=19456 KiB, t=2, p=1; argon2 is slow on purpose):");
  console.log(`  verifyPassword in-process, sequential: ${timing(argon2.verify)}`);
  console.log(
    `  verifyPassword in-process, ${argon2.parallel.inFlight} in flight: ${argon2.parallel.perSecond.toFixed(1)}/s (the machine's ceiling for sign-ins)`,
  );
  console.log(`  hashPassword in-process, sequential: ${timing(argon2.hash)}`);
  console.log(
    `  POST /api/auth/sign-in/email end to end, ${signIns.signInMs.length} sequential: ${signIns.signInMs.map(ms).join(", ")} ms; sign-up ${ms(signIns.signUpMs)} ms`,
  );
  console.log(
    "  Sign-in row: req/s = 1 / mean latency of one sequential client; raw req/s = the same for verifyPassword alone, so ratio = argon2's share of a sign-in.",
  );
  console.log(
    "  Sign-in throughput is bounded by the rate limit on purpose: 5 sign-ins a minute per client address, so it is not load-tested.",
  );
}

/** The sign-in figures for bench/results.json (an extra top-level key), numbers to 0.01. */
function signInDetails(signIns: SignIns, argon2: Argon2Cost) {
  const details = {
    argon2: { memoryKiB: 19_456, timeCost: 2, parallelism: 1, ...argon2 },
    endToEnd: { signInMs: signIns.signInMs, signUpMs: signIns.signUpMs, rateLimitPerMinute: 5 },
  };
  return JSON.parse(
    JSON.stringify(details, (_key, value) =>
      typeof value === "number" ? Math.round(value * 100) / 100 : value,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
