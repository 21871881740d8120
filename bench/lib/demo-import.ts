import { runToEnd } from "./child.ts";

/** Runs `gateway demo --companies N` against DATA_DIR (joining the running server's PostgreSQL); seconds taken. */
export async function importDemoCompanies(dataDir: string, companies: number): Promise<number> {
  const started = performance.now();
  await runToEnd(process.execPath, ["cli/gateway.ts", "demo", "--companies", String(companies)], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    timeoutMs: 600_000,
    stdio: "inherit",
  });
  return (performance.now() - started) / 1000;
}
