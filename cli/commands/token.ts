import { roles } from "../../contracts/access/roles.ts";
import type { Command } from "./command.ts";

export const tokenCommand: Command = {
  usage: "token create --role ROLE --name NAME [--expires-in-days N] [--read-only]",
  describe: "issue an API token; prints it as the last line (send as Authorization: Bearer TOKEN)",
  options: {
    role: { type: "string" },
    name: { type: "string" },
    "expires-in-days": { type: "string" },
    "read-only": { type: "boolean" },
  },
  check: ({ positionals, values }) => {
    if (positionals[0] !== "create" || positionals.length !== 1) return "token needs the subcommand create.";
    if (!roles.includes(values.role as never)) return `--role must be one of ${roles.join(", ")}.`;
    if (typeof values.name !== "string" || values.name.trim() === "") return "--name is required.";
    const days = values["expires-in-days"];
    // The same bound as the API's expiresInDays.
    if (days !== undefined && !/^[1-9]\d{0,3}$/.test(String(days)))
      return "--expires-in-days must be 1 to 3650.";
    if (days !== undefined && Number(days) > 3650) return "--expires-in-days must be 1 to 3650.";
    return undefined;
  },
  async run({ args, services, caller }) {
    const days = args.values["expires-in-days"];
    const { token, view } = await services.tokens.create(caller, {
      name: String(args.values.name).trim(),
      role: args.values.role as (typeof roles)[number],
      expiresInDays: days === undefined ? undefined : Number(days),
      scopes: args.values["read-only"] ? ["read"] : ["read", "write"],
    });
    process.stdout.write(`Token "${view.name}" (${view.role}) created; it is shown only this once.\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  },
};
