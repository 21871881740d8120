import { runToEnd } from "./child.ts";

/** What one `gateway demo` run adds: N companies, M opportunities or K LA office support requests. */
export type DemoStep = { companies: number } | { opportunities: number } | { supportRequests: number };

/** Runs `gateway demo --<step> N` against DATA_DIR (joining the running server's PostgreSQL); seconds taken. */
export async function importDemo(dataDir: string, what: DemoStep): Promise<number> {
  const [option, count] =
    "companies" in what
      ? ["--companies", what.companies]
      : "opportunities" in what
        ? ["--opportunities", what.opportunities]
        : ["--support-requests", what.supportRequests];
  const started = performance.now();
  await runToEnd(process.execPath, ["cli/gateway.ts", "demo", option, String(count)], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    timeoutMs: 600_000,
    stdio: "inherit",
  });
  return (performance.now() - started) / 1000;
}
