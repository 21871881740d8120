import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { connectDatabase, type Database } from "../db/client.ts";
import { TEMPLATE, withDatabase } from "./global-setup.ts";

export type TestDatabase = Database & { url: string };

/** A fresh, migrated database for one test file, dropped when the file ends. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name} template ${TEMPLATE}`);
  const url = withDatabase(adminUrl, name);
  const database = connectDatabase(url, { max: 4 });
  afterAll(async () => {
    await database.close();
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  });
  return { ...database, url };
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
