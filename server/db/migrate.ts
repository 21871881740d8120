import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { syncIndustryTaxonomy } from "../modules/industries/industries.repository.ts";
import { StartupError } from "../platform/startup-error.ts";
import type { Database } from "./client.ts";

const defaultMigrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
// Any constant: the lock only keeps a CLI and a server from migrating the same database at once.
const MIGRATION_LOCK = 4_471_203;

/**
 * Applies pending migrations (all in one transaction, so a failure leaves the schema as it was),
 * then makes sure the reference data (the industry taxonomy, contract §6) is present.
 */
export async function migrateDatabase(
  database: Database,
  { migrationsFolder = defaultMigrationsFolder }: { migrationsFolder?: string } = {},
): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    // Migrate on the connection that holds the lock: the pool may have no second connection to give.
    const locked = drizzle({ client, casing: "snake_case" });
    await migrate(locked, { migrationsFolder });
    await syncIndustryTaxonomy(locked as unknown as Database["db"]);
  } catch (error) {
    throw new StartupError(`Database migration failed, nothing was changed: ${reasonOf(error)}`);
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause ?? error;
  return cause instanceof Error ? cause.message : String(cause);
}
