import { once } from "node:events";
import type { Command } from "./command.ts";

export const exportCommand: Command = {
  usage: "export [--format jsonl|csv] [--type organization|opportunity]",
  describe: "write records to standard output",
  options: { format: { type: "string", default: "jsonl" }, type: { type: "string" } },
  check: ({ values }) => {
    if (!["jsonl", "csv"].includes(String(values.format))) return "--format must be jsonl or csv.";
    if (values.type !== undefined && !["organization", "opportunity"].includes(String(values.type))) {
      return "--type must be organization or opportunity.";
    }
    return undefined;
  },
  async run({ args, services }) {
    const format = args.values.format as "jsonl" | "csv";
    const type = args.values.type as "organization" | "opportunity" | undefined;
    for await (const chunk of services.interchange.export({ format, ...(type ? { type } : {}) })) {
      // Respect back-pressure so exporting 100,000 records to a slow pipe stays within memory.
      if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
    }
    return 0;
  },
};
