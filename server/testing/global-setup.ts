import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { connectDatabase } from "../db/client.ts";
import { claimDataDir } from "../db/data-dir.ts";
import { startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { migrateDatabase } from "../db/migrate.ts";

export const TEMPLATE = "gateway_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** A connection URL to the maintenance database of the test cluster; test files clone from TEMPLATE. */
    adminDatabaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL), with a migrated template
 * database that every test file clones (rule 8 of ENGINEERING.md).
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), "gateway-test-"));
  // The postgres system user must be able to reach its data directory below this one.
  chmodSync(root, 0o755);
  const external = process.env.TEST_DATABASE_URL;
  const postgres = external ? undefined : await startEmbeddedPostgres(claimDataDir(root), "server", () => {});
  const adminUrl = external ?? postgres!.url;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE} with (force)`);
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();
  const template = connectDatabase(withDatabase(adminUrl, TEMPLATE), { max: 1 });
  await migrateDatabase(template);
  await template.close();

  project.provide("adminDatabaseUrl", adminUrl);
  return async () => {
    await postgres?.stop();
    rmSync(root, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
