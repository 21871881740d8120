import { killChildren } from "./children.ts";
import { removeDataDirs } from "./data-dirs.ts";

export * from "./children.ts";
export * from "./data-dirs.ts";
export * from "./http.ts";

/** For afterEach: ends every child we spawned, stops any PostgreSQL left on our data directories, deletes them. */
export async function cleanupProcesses(): Promise<void> {
  await killChildren();
  await removeDataDirs();
}
