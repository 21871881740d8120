import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartupError } from "../platform/startup-error.ts";

const MARKER = "gateway-data.json";
const APP = "daegu-global-gateway";

/** Who holds the embedded PostgreSQL of a data directory: a server or a CLI command, by process id. */
export type Holder = { pid: number; role: "server" | "cli" };

/** Paths inside DATA_DIR. The marker file tells us a directory is ours before we write anything into it. */
export function dataDirLayout(dataDir: string) {
  const root = path.resolve(dataDir);
  return {
    root,
    marker: path.join(root, MARKER),
    postgres: path.join(root, "postgres"),
    secrets: path.join(root, "secrets.json"),
    holder: path.join(root, "postgres.holder.json"),
    files: path.join(root, "files"),
  };
}
export type DataDirLayout = ReturnType<typeof dataDirLayout>;

/** Creates DATA_DIR with our marker, or checks that an existing one is ours. Refuses foreign directories. */
export function claimDataDir(dataDir: string): DataDirLayout {
  const layout = dataDirLayout(dataDir);
  if (existsSync(layout.marker)) {
    const marker = readJson(layout.marker) as { app?: string } | undefined;
    if (marker?.app !== APP) {
      throw new StartupError(
        `DATA_DIR ${layout.root} belongs to another application (${MARKER} is not ours).`,
      );
    }
    return layout;
  }
  if (existsSync(layout.root) && readdirSync(layout.root).length > 0) {
    throw new StartupError(
      `DATA_DIR ${layout.root} is not empty and is not a Daegu Global Gateway data directory.`,
      "Point DATA_DIR at an empty or new directory.",
    );
  }
  mkdirSync(layout.root, { recursive: true, mode: 0o755 });
  writeFileSync(layout.marker, `${JSON.stringify({ app: APP, createdAt: new Date().toISOString() })}\n`);
  return layout;
}

export function readHolder(layout: DataDirLayout): Holder | undefined {
  const holder = readJson(layout.holder) as Holder | undefined;
  return holder && isAlive(holder.pid) ? holder : undefined;
}

export function writeHolder(layout: DataDirLayout, holder: Holder): void {
  writeFileSync(layout.holder, `${JSON.stringify(holder)}\n`);
}

export function clearHolder(layout: DataDirLayout): void {
  const holder = readJson(layout.holder) as Holder | undefined;
  if (holder?.pid === process.pid) rmSync(layout.holder, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}
