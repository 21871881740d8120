import { createServer } from "node:net";
import path from "node:path";
import { type App, buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { type Jobs, startJobs } from "./platform/jobs/jobs.ts";
import { StartupError } from "./platform/startup-error.ts";
import { openRuntime, type Runtime } from "./runtime.ts";

const say = (message: string) => process.stdout.write(`${message}\n`);

// What has started so far; a signal at any moment stops exactly that, in reverse order.
let runtime: Runtime | undefined;
let app: App | undefined;
let jobs: Jobs | undefined;
let stopping = false;
let started: Promise<unknown> = Promise.resolve();

/** Starts the platform: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
async function main() {
  const config = loadConfig();
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // Refuse a busy port before PostgreSQL starts, so a refused start writes nothing into DATA_DIR.
  await assertPortFree(config.host, config.port);
  const opening = openRuntime(config, "server", say);
  started = opening;
  runtime = await opening;
  if (stopping) return;
  // The job queue (pg-boss) on the same database, in its own schema and with a small pool of its own.
  const startingJobs = startJobs({
    connectionString: runtime.database.pool.options.connectionString!,
    onError: (error) =>
      app ? app.log.error({ err: error }, "job queue error") : console.error(`Job queue: ${error.message}`),
  });
  started = startingJobs;
  jobs = await startingJobs;
  if (stopping) return;
  app = await buildApp({
    config,
    database: runtime.database,
    web: { buildDirectory: path.resolve("build") },
    jobs,
  });
  // Imports left running by a process that is gone never finish: say so on their pages.
  await app.services.interchange.failInterrupted();
  const reindexed = await app.services.organizations.reindex({ missingOnly: true });
  if (reindexed > 0) say(`Indexed ${reindexed} organizations for search.`);
  const reindexedOpportunities = await app.services.opportunities.reindex({ missingOnly: true });
  if (reindexedOpportunities > 0) say(`Indexed ${reindexedOpportunities} opportunities for search.`);
  if (config.demoData) {
    const loaded = await app.services.demo.loadIfEmpty();
    if (loaded) say(`Loaded the demo data: ${loaded.organization.created} organizations.`);
  }
  await listen(app, config.host, config.port);
  if (stopping) return;
  say(`Daegu Global Gateway is ready at http://localhost:${config.port} — database: ${runtime.describe}.`);
}

async function listen(server: App, host: string, port: number) {
  try {
    await server.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new StartupError(`Port ${port} is already in use.`, "Set PORT to a free port.");
    if (code === "EACCES")
      throw new StartupError(`Not allowed to listen on port ${port}.`, "Set PORT above 1024.");
    throw error;
  }
}

function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === "EADDRINUSE")
    return new StartupError(`Port ${port} is already in use.`, "Set PORT to a free port.");
  if (error.code === "EACCES")
    return new StartupError(`Not allowed to listen on port ${port}.`, "Set PORT above 1024.");
  return error;
}

/** Finishes open requests, then stops PostgreSQL; a second signal or 30 s later, it gives up. */
async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  if (signal) say(`${signal}: finishing open requests and stopping PostgreSQL …`);
  setTimeout(() => process.exit(1), 30_000).unref();
  try {
    // A signal during start-up waits for the database start in flight, so it is stopped, not orphaned.
    await started.catch(() => {});
    await app?.close();
    // Running jobs finish (or time out) while the database is still there.
    await jobs?.stop();
    await runtime?.close();
  } catch (error) {
    console.error(`Shutdown failed: ${(error as Error).message}`);
    exitCode = 1;
  }
  process.exit(exitCode);
}

main().catch(async (error: unknown) => {
  if (stopping) return;
  const reason =
    error instanceof StartupError
      ? `${error.message}${error.hint ? ` ${error.hint}` : ""}`
      : ((error as Error).message ?? String(error));
  console.error(`Daegu Global Gateway did not start: ${reason}`);
  await shutdown("", 1);
});
