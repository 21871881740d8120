import type { parseArgs } from "node:util";
import type { Caller } from "../../server/platform/actor.ts";
import type { Services } from "../../server/services.ts";

export type ParsedArgs = ReturnType<typeof parseArgs>;

export type Command = {
  usage: string;
  describe: string;
  options?: NonNullable<Parameters<typeof parseArgs>[0]>["options"];
  /** Checks the arguments before any database is opened; returns a problem or nothing. */
  check?: (args: ParsedArgs) => string | undefined;
  /** `caller` is the operator at the terminal, a city admin, as the audit log records it. */
  run: (context: { args: ParsedArgs; services: Services; caller: Caller }) => Promise<number>;
};
