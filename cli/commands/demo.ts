import type { Command } from "./command.ts";

const limits = { companies: 2_000_000, opportunities: 1_000_000, supportRequests: 1_000_000 } as const;
const count = (value: unknown) => (value === undefined ? undefined : Number(value));
const valid = (n: number | undefined, max: number) =>
  n === undefined || (Number.isInteger(n) && n >= 1 && n <= max);
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

export const demoCommand: Command = {
  usage: "demo [--companies N] [--opportunities M] [--support-requests K]",
  describe: "add synthetic companies, opportunities (with their partners) and LA office support requests",
  options: {
    companies: { type: "string" },
    opportunities: { type: "string" },
    "support-requests": { type: "string" },
  },
  check: ({ values }) => {
    const companies = count(values.companies);
    const opportunities = count(values.opportunities);
    const supportRequests = count(values["support-requests"]);
    if (companies === undefined && opportunities === undefined && supportRequests === undefined)
      return "Give --companies N, --opportunities M, --support-requests K or several of them.";
    if (!valid(companies, limits.companies)) return "--companies must be a whole number from 1 to 2,000,000.";
    if (!valid(opportunities, limits.opportunities))
      return "--opportunities must be a whole number from 1 to 1,000,000.";
    if (!valid(supportRequests, limits.supportRequests))
      return "--support-requests must be a whole number from 1 to 1,000,000.";
    return undefined;
  },
  async run({ args, services }) {
    const companies = count(args.values.companies);
    const opportunities = count(args.values.opportunities);
    const supportRequests = count(args.values["support-requests"]);
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
    if (supportRequests !== undefined) {
      const since = Date.now();
      // Requests come from the synthetic companies: with --companies, after them.
      const added = await services.demo.addSyntheticSupportRequests(supportRequests, (n) => {
        process.stderr.write(
          `\r${n.toLocaleString("en")} / ${supportRequests.toLocaleString("en")} support requests`,
        );
      });
      process.stderr.write("\n");
      done.push(
        `${added.requests} synthetic support requests to the LA office (${added.messages} messages, ${added.breaches} SLA breaches, ${added.staff} staff${added.staffCreated ? " made for it" : ""}; ${seconds(since)} s)`,
      );
    }
    process.stdout.write(`Added ${done.join(" and ")} in ${seconds(started)} s\n`);
    return 0;
  },
};
