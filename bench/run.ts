import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "../server/platform/free-port.ts";
import { embeddedDatabaseUrl } from "./lib/database-url.ts";
import { importDemoCompanies } from "./lib/demo-import.ts";
import { expectOk } from "./lib/expect-ok.ts";
import { describeMachine } from "./lib/machine.ts";
import { measure } from "./lib/measure.ts";
import { startRawServer } from "./lib/raw-server.ts";
import { printTable, type ResultRow, resultRow, writeResults } from "./lib/report.ts";
import { type BenchRow, rowName } from "./lib/row.ts";
import { loadRows } from "./lib/rows.ts";
import { type ServerProcess, startServer } from "./lib/server-process.ts";
import { ensureWebBuild } from "./lib/web-build.ts";

const dataDir = path.resolve(".tmp/bench-data");
const resultsFile = path.resolve("bench/results.json");
const companies = 100_000;
const load = { connections: 10, warmupSeconds: 2, seconds: 5 };
const serverEnv = {
  DEMO_DATA: "on",
  // The global per-client limit would turn the load into 429s; the bench measures the work, not the limiter.
  RATE_LIMIT_PER_MINUTE: "100000000",
  LOG_LEVEL: "warn",
  NODE_ENV: "production",
};

const log = (message: string) => process.stderr.write(`${message}\n`);

/** `npm run bench`: fresh data, 100,000 companies, each row against the real server and its raw baseline. */
async function main() {
  const started = performance.now();
  const rows = await loadRows();
  await ensureWebBuild();
  rmSync(dataDir, { recursive: true, force: true });

  log(`Starting the server on a fresh ${path.relative(process.cwd(), dataDir)} …`);
  const server = await startServer({ dataDir, port: await freePort(), env: serverEnv });
  let results: ResultRow[];
  let importSeconds: number;
  try {
    log(`Importing ${companies.toLocaleString("en")} demo companies …`);
    importSeconds = await importDemoCompanies(dataDir, companies);
    results = await measureRows(rows, server);
  } finally {
    log("Stopping the server …");
    await server.stop();
  }

  console.log("");
  printTable(results);
  console.log("");
  console.log(`Demo import of ${companies.toLocaleString("en")} companies: ${importSeconds.toFixed(1)} s`);
  console.log(
    `Load: autocannon, ${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.seconds} s measured per target; p50/p95 exact over every 2xx response.`,
  );
  console.log(`Total wall time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  writeResults(resultsFile, describeMachine(), results);
  console.log(`Wrote ${path.relative(process.cwd(), resultsFile)}`);
}

async function measureRows(rows: BenchRow[], server: ServerProcess): Promise<ResultRow[]> {
  const pool = new pg.Pool({ connectionString: embeddedDatabaseUrl(dataDir), max: 10 });
  pool.on("error", () => {});
  const raw = await startRawServer(rows, pool, await freePort());
  try {
    // The steady state autovacuum gives a long-running server (statistics, visibility map), reached now rather
    // than by an autovacuum that would start in the middle of a measurement.
    await pool.query("vacuum (analyze)");
    const results: ResultRow[] = [];
    for (const row of rows) {
      const realUrl = `${server.baseUrl}${row.path}`;
      const rawUrl = raw.urlOf(row);
      await expectOk(realUrl);
      await expectOk(rawUrl);
      log(`Measuring ${rowName(row)} …`);
      const real = await measure(realUrl, load);
      const baseline = await measure(rawUrl, load);
      results.push(resultRow(rowName(row), real, baseline.rps));
    }
    return results;
  } finally {
    await raw.close();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
