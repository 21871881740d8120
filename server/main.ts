import path from "node:path";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { StartupError } from "./platform/startup-error.ts";
import { openRuntime, type Runtime } from "./runtime.ts";

const say = (message: string) => process.stdout.write(`${message}\n`);

/** Starts the platform: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
async function main() {
  const config = loadConfig();
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(config, "server", say);
    const app = await buildApp({
      config,
      database: runtime.database,
      web: { buildDirectory: path.resolve("build") },
    });
    if (config.demoData) {
      const loaded = await app.services.demo.loadIfEmpty();
      if (loaded) say(`Loaded the demo data: ${loaded.organization.created} organizations.`);
    }
    await listen(app, config.host, config.port);
    say(`Daegu Global Gateway is ready at http://localhost:${config.port} — database: ${runtime.describe}.`);
    onShutdown(async () => {
      await app.close();
      await runtime?.close();
    });
  } catch (error) {
    await runtime?.close().catch(() => {});
    throw error;
  }
}

async function listen(app: Awaited<ReturnType<typeof buildApp>>, host: string, port: number) {
  try {
    await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new StartupError(`Port ${port} is already in use.`, "Set PORT to a free port.");
    if (code === "EACCES")
      throw new StartupError(`Not allowed to listen on port ${port}.`, "Set PORT above 1024.");
    throw error;
  }
}

function onShutdown(stop: () => Promise<void>) {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing open requests and stopping PostgreSQL …`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error(`Shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => handler("SIGINT"));
  process.on("SIGTERM", () => handler("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(
      `Daegu Global Gateway did not start: ${error.message}${error.hint ? ` ${error.hint}` : ""}`,
    );
  } else {
    console.error(`Daegu Global Gateway did not start: ${(error as Error).message ?? String(error)}`);
  }
  process.exit(1);
});
