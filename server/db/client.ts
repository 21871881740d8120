import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema.ts";

export type Db = NodePgDatabase<typeof schema>;
export type Database = { db: Db; pool: pg.Pool; close(): Promise<void> };

// Return `date` columns as plain YYYY-MM-DD strings instead of shifting them through the local time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Opens a pooled connection; every service receives `db` through buildApp(deps). */
export function connectDatabase(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // Typo tolerance of name search (`%>`): "Nvidai" reaches "NVIDIA" at 0.5, not at pg_trgm's default 0.6.
    options: "-c pg_trgm.word_similarity_threshold=0.5",
  });
  // An idle client losing its connection (e.g. PostgreSQL restarting) must not crash the process.
  pool.on("error", () => {});
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  return { db, pool, close: () => pool.end() };
}

/** An open transaction; repositories take `Executor` so a service can run several of them atomically. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;
