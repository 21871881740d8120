import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, statSync } from "node:fs";

export type Roundtrip = {
  organizations: number;
  megabytes: number;
  exportSeconds: number;
  importSeconds: number;
};

/**
 * `gateway export --type organization` of the whole directory into a file, then `gateway import` of that
 * file: every line validated, then upserted by externalId in one transaction (contract §3), with the server
 * running (the CLI joins its PostgreSQL).
 */
export async function timeInterchangeRoundtrip(dataDir: string, file: string): Promise<Roundtrip> {
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  let started = performance.now();
  const out = openSync(file, "w");
  try {
    await run(["cli/gateway.ts", "export", "--type", "organization"], env, out);
  } finally {
    closeSync(out);
  }
  const exportSeconds = (performance.now() - started) / 1000;
  const organizations = readFileSync(file, "utf8").split("\n").filter(Boolean).length;
  started = performance.now();
  await run(["cli/gateway.ts", "import", file], env, "ignore");
  const importSeconds = (performance.now() - started) / 1000;
  return { organizations, megabytes: statSync(file).size / 1e6, exportSeconds, importSeconds };
}

function run(args: string[], env: NodeJS.ProcessEnv, stdout: number | "ignore"): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", stdout, "inherit"] });
    const timer = setTimeout(() => child.kill("SIGTERM"), 900_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      code === 0 ? resolve() : reject(new Error(`gateway ${args[1]} exited with code ${code}`));
    });
  });
}
