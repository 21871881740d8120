import type { Command } from "./command.ts";

const limits = { companies: 2_000_000, opportunities: 1_000_000 } as const;
const count = (value: unknown) => (value === undefined ? undefined : Number(value));
const valid = (n: number | undefined, max: number) =>
  n === undefined || (Number.isInteger(n) && n >= 1 && n <= max);

export const demoCommand: Command = {
  usage: "demo --companies N [--opportunities M]",
  describe: "add N synthetic companies and/or M synthetic opportunities (with their partners)",
  options: { companies: { type: "string" }, opportunities: { type: "string" } },
  check: ({ values }) => {
    const companies = count(values.companies);
    const opportunities = count(values.opportunities);
    if (companies === undefined && opportunities === undefined)
      return "Give --companies N, --opportunities M or both.";
    if (!valid(companies, limits.companies)) return "--companies must be a whole number from 1 to 2,000,000.";
    if (!valid(opportunities, limits.opportunities))
      return "--opportunities must be a whole number from 1 to 1,000,000.";
    return undefined;
  },
  async run({ args, services }) {
    const companies = count(args.values.companies);
    const opportunities = count(args.values.opportunities);
    const started = Date.now();
    const done: string[] = [];
    if (companies !== undefined) {
      await services.demo.addSyntheticCompanies(companies, (n) => {
        process.stderr.write(`\r${n.toLocaleString("en")} / ${companies.toLocaleString("en")} companies`);
      });
      process.stderr.write("\n");
      done.push(`${companies} synthetic companies`);
    }
    if (opportunities !== undefined) {
      const added = await services.demo.addSyntheticOpportunities(opportunities, (n) => {
        process.stderr.write(
          `\r${n.toLocaleString("en")} / ${opportunities.toLocaleString("en")} opportunities`,
        );
      });
      process.stderr.write("\n");
      done.push(
        `${added.opportunities} synthetic opportunities (owned by ${added.partners} synthetic partners)`,
      );
    }
    process.stdout.write(`Added ${done.join(" and ")} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  },
};
