import type { parseArgs } from "node:util";
import type { Services } from "../../server/services.ts";

export type ParsedArgs = ReturnType<typeof parseArgs>;

export type Command = {
  usage: string;
  describe: string;
  options?: NonNullable<Parameters<typeof parseArgs>[0]>["options"];
  /** Checks the arguments before any database is opened; returns a problem or nothing. */
  check?: (args: ParsedArgs) => string | undefined;
  run: (context: { args: ParsedArgs; services: Services }) => Promise<number>;
};
