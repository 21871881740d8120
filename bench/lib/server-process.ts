import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { waitForExit } from "./child.ts";

export type ServerProcess = { baseUrl: string; stop(): Promise<void> };

const startTimeoutMs = 180_000;
const stopTimeoutMs = 40_000;

/** Starts `server/main.ts` as a child on loopback and resolves once GET /healthz answers 200. */
export async function startServer(options: {
  dataDir: string;
  port: number;
  env: Record<string, string>;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["server/main.ts"], {
    env: {
      ...process.env,
      ...options.env,
      DATA_DIR: options.dataDir,
      PORT: String(options.port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    if (!(await waitForExit(child, stopTimeoutMs))) {
      child.kill("SIGKILL");
      throw new Error(`The server did not stop within ${stopTimeoutMs / 1000} s of SIGTERM; killed it.`);
    }
  };

  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited at start-up:\n${output.trim()}`);
    if (await healthy(baseUrl)) return { baseUrl, stop };
    await sleep(250);
  }
  await stop().catch(() => {});
  throw new Error(`The server was not healthy within ${startTimeoutMs / 1000} s:\n${output.trim()}`);
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}
