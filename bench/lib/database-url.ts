import { readFileSync } from "node:fs";
import path from "node:path";

/** The embedded PostgreSQL's connection string: port from postmaster.pid (line 4), password from secrets.json. */
export function embeddedDatabaseUrl(dataDir: string): string {
  const pidFile = readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8");
  const port = Number(pidFile.split("\n")[3]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`No port in ${dataDir}/postgres/postmaster.pid.`);
  const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as {
    postgresPassword: string;
  };
  return `postgres://gateway:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/gateway`;
}
