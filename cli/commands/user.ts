import { roles } from "../../contracts/access/roles.ts";
import type { Command } from "./command.ts";

export const userCommand: Command = {
  usage: "user set-role EMAIL ROLE|none",
  describe: "give a signed-up user a platform role (admin, program-manager, reviewer, …) or take it away",
  check: ({ positionals }) => {
    if (positionals[0] !== "set-role" || positionals.length !== 3)
      return "user needs: set-role EMAIL ROLE|none.";
    const role = positionals[2]!;
    return role === "none" || roles.includes(role as never)
      ? undefined
      : `ROLE must be none or one of ${roles.join(", ")}.`;
  },
  async run({ args, services, caller }) {
    const [, email, role] = args.positionals as [string, string, string];
    try {
      const user = await services.accounts.setRole(
        caller,
        email,
        role === "none" ? null : (role as (typeof roles)[number]),
      );
      process.stdout.write(`${user.email}: ${user.role ?? "no role"}\n`);
      return 0;
    } catch (error) {
      if ((error as { code?: string }).code === "NOT_FOUND") {
        process.stderr.write(`No user signed up with ${email}.\n`);
        return 1;
      }
      throw error;
    }
  },
};
