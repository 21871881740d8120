import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const created = new Set<string>();

/**
 * A fresh, empty DATA_DIR under the OS temp directory, removed by `removeDataDirs()`.
 * 0o755 because on a root shell PostgreSQL runs as the `postgres` user, which must traverse it.
 */
export function makeDataDir(prefix = "gateway-proc-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  created.add(dir);
  return dir;
}

/** A path inside a fresh temp directory that does not exist yet (to check that nothing creates it). */
export function missingDataDir(): string {
  return path.join(makeDataDir(), "not-created");
}

/** The postmaster pid recorded in DATA_DIR/postgres/postmaster.pid, if the file exists. */
export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    // /proc/<pid>/stat: "pid (comm) STATE …"; comm may hold spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/**
 * Every live postmaster serving DATA_DIR/postgres, found by its command line (`postgres -D <dir>/postgres`),
 * so a second PostgreSQL on the same directory is seen even before it writes postmaster.pid.
 */
export function postmastersFor(dataDir: string): number[] {
  const target = path.join(path.resolve(dataDir), "postgres");
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    const at = args.indexOf("-D");
    if (at >= 0 && args[at + 1] === target && path.basename(args[0] ?? "") === "postgres") {
      const pid = Number(entry);
      // A backend that PostgreSQL has just forked still shows the postmaster's command line until it sets its
      // title; the postmaster is the one whose parent is not PostgreSQL itself.
      if (isRunning(pid) && commandOf(parentOf(pid)) !== "postgres") found.push(pid);
    }
  }
  return found;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid: number | undefined): string | undefined {
  try {
    return pid === undefined ? undefined : readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** Waits until the process is gone; false if it still runs after `ms`. */
export async function waitUntilGone(pid: number, ms = 10_000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(50)) {
    if (!isRunning(pid)) return true;
  }
  return !isRunning(pid);
}

/** Stops every PostgreSQL left running on a data directory (immediate shutdown, then SIGKILL). */
export async function stopPostgresOf(dataDir: string): Promise<void> {
  const pids = new Set([...postmastersFor(dataDir), postmasterPid(dataDir)].filter((p) => p !== undefined));
  for (const pid of pids) {
    if (!isRunning(pid)) continue;
    try {
      process.kill(pid, "SIGQUIT");
    } catch {}
    if (!(await waitUntilGone(pid, 5_000))) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {}
      await waitUntilGone(pid, 5_000);
    }
  }
}

/** Stops any PostgreSQL still running on the data directories made so far and deletes them. */
export async function removeDataDirs(): Promise<void> {
  for (const dir of [...created]) {
    await stopPostgresOf(dir);
    rmSync(dir, { recursive: true, force: true });
    created.delete(dir);
  }
}

/** Samples `postmastersFor(dataDir)` every 20 ms until `stop()`, which returns every pid seen. */
export function watchPostmasters(dataDir: string): { stop(): Set<number> } {
  const seen = new Set<number>();
  const sample = () => {
    for (const pid of postmastersFor(dataDir)) seen.add(pid);
  };
  sample();
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return seen;
    },
  };
}
