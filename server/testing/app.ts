import { afterAll } from "vitest";
import { buildApp } from "../app.ts";
import { createTestDatabase } from "./database.ts";

/** The API on its own test database, for `app.inject()` route tests. */
export async function createTestApp(
  overrides: { authRateLimit?: boolean; rateLimitPerMinute?: number } = {},
) {
  const database = await createTestDatabase();
  const app = await buildApp({
    config: {
      production: true,
      logLevel: "silent",
      publicUrl: undefined,
      trustProxy: false,
      rateLimitPerMinute: 10_000,
      ...overrides,
    },
    database,
  });
  afterAll(() => app.close());
  return { app, services: app.services, database };
}
