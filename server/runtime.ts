import type { Config } from "./config.ts";
import { connectDatabase, type Database } from "./db/client.ts";
import { claimDataDir } from "./db/data-dir.ts";
import { startEmbeddedPostgres } from "./db/embedded-postgres.ts";
import { migrateDatabase } from "./db/migrate.ts";
import { StartupError } from "./platform/startup-error.ts";

export type Runtime = {
  database: Database;
  /** Where the database lives, for the start-up log line. */
  describe: string;
  close(): Promise<void>;
};

/**
 * Opens the database the configuration names — external (DATABASE_URL) or embedded under DATA_DIR —
 * and migrates it. Shared by the server and the CLI so both see the same data the same way.
 */
export async function openRuntime(
  config: Pick<Config, "dataDir" | "databaseUrl">,
  role: "server" | "cli",
  log: (message: string) => void,
): Promise<Runtime> {
  if (config.databaseUrl) {
    const database = connectDatabase(config.databaseUrl);
    await ping(database, redact(config.databaseUrl));
    await migrateDatabase(database);
    return {
      database,
      describe: `external PostgreSQL ${redact(config.databaseUrl)}`,
      close: () => database.close(),
    };
  }
  const layout = claimDataDir(config.dataDir);
  const postgres = await startEmbeddedPostgres(layout, role, log);
  const database = connectDatabase(postgres.url);
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    await postgres.stop();
    throw error;
  }
  return {
    database,
    describe: `embedded PostgreSQL in ${layout.postgres}${postgres.owned ? "" : " (joined the running server's)"}`,
    async close() {
      await database.close();
      await postgres.stop();
    },
  };
}

async function ping(database: Database, where: string) {
  try {
    await database.pool.query("select 1");
  } catch (error) {
    await database.close();
    throw new StartupError(
      `Cannot reach the database at ${where}: ${(error as Error).message || String(error)}.`,
    );
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
