import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../platform/free-port.ts";
import { waitUntilGone } from "./data-dirs.ts";

/** The project root; children run from here like `npm start` and `npm run gateway` do. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** Node 24 pinned by the project (the npm package `node`), not whatever Node runs the tests. */
export const nodeBinary = path.join(repoRoot, "node_modules/.bin/node");

export type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
export type Env = Record<string, string | undefined>;

const running = new Set<ChildProcess>();

/** The environment of a child: ours without database settings, quiet logs, no colours, then `env`. */
export function childEnv(env: Env): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "TEST_DATABASE_URL", "PORT", "DATA_DIR", "DEMO_DATA", "VITEST"]) {
    delete base[name];
  }
  const merged: NodeJS.ProcessEnv = {
    ...base,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    FORCE_COLOR: "0",
    NO_COLOR: "1",
    LOG_LEVEL: "warn",
  };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

export { freePort };

type Spawned = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<Exit>;
};

function spawnNode(script: string, args: string[], env: Env, stdin?: string): Spawned {
  const child = spawn(nodeBinary, [script, ...args], {
    cwd: repoRoot,
    env: childEnv(env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  running.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  child.stdin!.on("error", () => {}); // a child that exits before reading stdin is not our failure
  child.stdin!.end(stdin ?? "");
  const exited = new Promise<Exit>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs `gateway <args>` to completion, optionally feeding standard input. */
export function runGateway(args: string[], env: Env, stdin?: string): Promise<Exit> {
  return spawnNode("cli/gateway.ts", args, env, stdin).exited;
}

/** Runs `server/main.ts` until it exits by itself (for start-ups that must fail); a free PORT unless given. */
export async function runServer(env: Env): Promise<Exit> {
  const port = "PORT" in env ? env.PORT : String(await freePort());
  return spawnNode("server/main.ts", [], { ...env, PORT: port }).exited;
}

export type ServerProcess = {
  child: ChildProcess;
  pid: number;
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<Exit>;
  /** Sends `signal` (SIGTERM by default) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
};

const READY = /Daegu Global Gateway is ready at http:\/\/localhost:(\d+) — database: .+\./;

/** Starts `server/main.ts` on a free port (unless env.PORT is set) and resolves once it prints its ready line. */
export async function startServer(env: Env, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const spawned = spawnNode("server/main.ts", [], { ...env, PORT: String(port) });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server not ready after ${timeoutMs} ms\n${spawned.stdout()}\n${spawned.stderr()}`));
    }, timeoutMs);
    const check = () => {
      if (READY.test(spawned.stdout())) {
        clearTimeout(timer);
        resolve();
      }
    };
    spawned.child.stdout!.on("data", check);
    spawned.exited.then((exit) => {
      clearTimeout(timer);
      reject(
        new Error(`server exited before it was ready (code ${exit.code})\n${exit.stdout}\n${exit.stderr}`),
      );
    }, reject);
  });
  const match = READY.exec(spawned.stdout())!;
  if (Number(match[1]) !== port) throw new Error(`server announced port ${match[1]}, expected ${port}`);
  return {
    ...spawned,
    pid: spawned.child.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      spawned.child.kill(signal);
      return spawned.exited;
    },
  };
}

/** Ends every child still running: SIGTERM first (the server then stops its PostgreSQL), SIGKILL after 15 s. */
export async function killChildren(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const closed = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once("close", () => resolve());
      });
      child.kill("SIGTERM");
      const timeout = new Promise<"timeout">((resolve) =>
        setTimeout(() => resolve("timeout"), 15_000).unref(),
      );
      if ((await Promise.race([closed, timeout])) === "timeout") {
        child.kill("SIGKILL");
        await closed;
      }
      if (child.pid) await waitUntilGone(child.pid, 1_000);
      running.delete(child);
    }),
  );
}
