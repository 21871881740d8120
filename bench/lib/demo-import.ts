import { runToEnd } from "./child.ts";

/**
 * Runs `gateway demo --companies N` or `gateway demo --opportunities M` against DATA_DIR (joining the running
 * server's PostgreSQL); seconds taken.
 */
export async function importDemo(
  dataDir: string,
  what: { companies: number } | { opportunities: number },
): Promise<number> {
  const [option, count] =
    "companies" in what ? ["--companies", what.companies] : ["--opportunities", what.opportunities];
  const started = performance.now();
  await runToEnd(process.execPath, ["cli/gateway.ts", "demo", option, String(count)], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    timeoutMs: 600_000,
    stdio: "inherit",
  });
  return (performance.now() - started) / 1000;
}
