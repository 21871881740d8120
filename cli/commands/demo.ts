import type { Command } from "./command.ts";

export const demoCommand: Command = {
  usage: "demo --companies N",
  describe: "add N deterministic synthetic companies for scale tests",
  options: { companies: { type: "string" } },
  check: ({ values }) => {
    const n = Number(values.companies);
    return Number.isInteger(n) && n >= 1 && n <= 2_000_000
      ? undefined
      : "--companies must be a whole number from 1 to 2,000,000.";
  },
  async run({ args, services }) {
    const total = Number(args.values.companies);
    const started = Date.now();
    await services.demo.addSyntheticCompanies(total, (done) => {
      process.stderr.write(`\r${done.toLocaleString("en")} / ${total.toLocaleString("en")} companies`);
    });
    process.stderr.write("\n");
    process.stdout.write(
      `Added ${total} synthetic companies in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  },
};
