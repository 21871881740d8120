import { readFile } from "node:fs/promises";
import { text } from "node:stream/consumers";
import type { Command } from "./command.ts";

export const importCommand: Command = {
  usage: "import FILE|-",
  describe: "import an interchange file (contract §5), - for standard input; all or nothing",
  check: ({ positionals }) =>
    positionals.length === 1 ? undefined : "import needs exactly one FILE (or -).",
  async run({ args, services, caller }) {
    const file = args.positionals[0]!;
    let content: string;
    try {
      content = file === "-" ? await text(process.stdin) : await readFile(file, "utf8");
    } catch (error) {
      process.stderr.write(`Cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    const result = await services.interchange.import(caller, content, { locale: "en" });
    if (!result.ok) {
      for (const problem of result.problems) {
        process.stdout.write(`line ${problem.line}: ${problem.field}: ${problem.message}\n`);
      }
      process.stderr.write(`Nothing was imported: ${result.problems.length} problem(s).\n`);
      return 1;
    }
    for (const [type, count] of Object.entries(result.counts)) {
      process.stdout.write(`${type}: ${count.created} created, ${count.updated} updated\n`);
    }
    return 0;
  },
};
