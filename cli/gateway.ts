import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { loadConfig } from "../server/config.ts";
import { systemActor } from "../server/platform/actor.ts";
import { createFileStorage } from "../server/platform/files/storage.ts";
import { StartupError } from "../server/platform/startup-error.ts";
import { openRuntime } from "../server/runtime.ts";
import { createServices } from "../server/services.ts";
import type { Command } from "./commands/command.ts";
import { demoCommand } from "./commands/demo.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { reindexCommand } from "./commands/reindex.ts";
import { tokenCommand } from "./commands/token.ts";
import { userCommand } from "./commands/user.ts";

const commands: Record<string, Command> = {
  import: importCommand,
  export: exportCommand,
  demo: demoCommand,
  token: tokenCommand,
  reindex: reindexCommand,
  user: userCommand,
  migrate: { usage: "migrate", describe: "apply pending database migrations", run: async () => 0 },
};

const usage = `Usage: npm run gateway -- <command>

${Object.values(commands)
  .map((command) => `  ${command.usage.padEnd(58)} ${command.describe}`)
  .join("\n")}

Works against the same DATA_DIR / DATABASE_URL as the server, with or without the server running.`;

/** `gateway <command>`: the same services as the server, against the same database. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${name && name !== "--help" ? `Unknown command: ${name}\n\n` : ""}${usage}\n`);
    return name && name !== "--help" ? 2 : 0;
  }
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nUsage: npm run gateway -- ${command.usage}\n`);
    return 2;
  }
  const preflight = command.check?.(args);
  if (preflight) {
    process.stderr.write(`${preflight}\nUsage: npm run gateway -- ${command.usage}\n`);
    return 2;
  }
  const config = loadConfig();
  // Progress and notices go to stderr so that stdout carries only the command's output (exports, tokens).
  const runtime = await openRuntime(config, "cli", (message) => process.stderr.write(`${message}\n`));
  try {
    const caller = { actor: systemActor(`cli ${userInfo().username}`) };
    return await command.run({
      args,
      services: createServices({ db: runtime.database.db, files: createFileStorage(config) }),
      caller,
    });
  } finally {
    await runtime.close();
  }
}

// `gateway export | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof StartupError ? `${error.message}${error.hint ? ` ${error.hint}` : ""}` : error;
    process.stderr.write(`gateway: ${message instanceof Error ? message.message : String(message)}\n`);
    process.exit(1);
  },
);
