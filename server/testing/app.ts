import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { buildApp } from "../app.ts";
import { createTestDatabase } from "./database.ts";

/** The API on its own test database (and its own DATA_DIR for uploaded files), for `app.inject()` route tests. */
export async function createTestApp(
  overrides: { authRateLimit?: boolean; rateLimitPerMinute?: number } = {},
) {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), "gateway-test-data-"));
  const app = await buildApp({
    config: {
      production: true,
      logLevel: "silent",
      publicUrl: undefined,
      trustProxy: false,
      rateLimitPerMinute: 10_000,
      dataDir,
      ...overrides,
    },
    database,
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { app, services: app.services, database, dataDir };
}
