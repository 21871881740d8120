import type { Command } from "./command.ts";

export const reindexCommand: Command = {
  usage: "reindex",
  describe:
    "recompute the search and matching columns of every organization and opportunity (after changing the concept dictionary)",
  async run({ services }) {
    const started = Date.now();
    const total = await services.organizations.reindex({
      onProgress: (done) => process.stderr.write(`\r${done.toLocaleString("en")} organizations`),
    });
    process.stderr.write("\n");
    const opportunities = await services.opportunities.reindex();
    process.stdout.write(
      `Reindexed ${total} organizations and ${opportunities} opportunities in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  },
};
