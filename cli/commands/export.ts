import { once } from "node:events";
import { organizationFilterNames, readOrganizationFilter } from "../../contracts/interchange/export.ts";
import { organizationKinds, scopes, stages } from "../../contracts/organizations/organization.ts";
import type { Command, ParsedArgs } from "./command.ts";

const expected: Record<(typeof organizationFilterNames)[number], string> = {
  q: "must be 1 to 200 characters",
  kind: `must be one of ${organizationKinds.join(", ")}`,
  scope: `must be one of ${scopes.join(", ")}`,
  industry: "must be an industry code (contract §6)",
  zone: "must be a zone code",
  stage: `must be one of ${stages.join(", ")}`,
  country: "must be an ISO 3166-1 alpha-2 code such as KR",
  market: "must be an ISO 3166-1 alpha-2 code such as US",
};

const filterOf = (args: ParsedArgs) =>
  readOrganizationFilter((name) => {
    const value = args.values[name];
    return typeof value === "string" ? value : undefined;
  });

export const exportCommand: Command = {
  // The usage line stays as contract §3 and scripts know it; the filters are told in the description.
  usage: "export [--format jsonl|csv] [--type organization|opportunity]",
  describe: `write records to standard output; with any of ${organizationFilterNames.map((name) => `--${name}`).join(" ")} (the directory's filters), only the organizations it lists, in its order`,
  options: {
    format: { type: "string", default: "jsonl" },
    type: { type: "string" },
    ...Object.fromEntries(organizationFilterNames.map((name) => [name, { type: "string" as const }])),
  },
  check: (args) => {
    const { values } = args;
    if (!["jsonl", "csv"].includes(String(values.format))) return "--format must be jsonl or csv.";
    if (values.type !== undefined && !["organization", "opportunity"].includes(String(values.type))) {
      return "--type must be organization or opportunity.";
    }
    const { filter, wrong } = filterOf(args);
    if (wrong.length > 0) {
      return wrong.map((name) => `--${name} ${expected[name]}.`).join("\n");
    }
    if (Object.keys(filter).length > 0 && values.type === "opportunity") {
      return "The directory filters (--q, --kind, …) select organizations: leave out --type opportunity.";
    }
    return undefined;
  },
  async run({ args, services }) {
    const format = args.values.format as "jsonl" | "csv";
    const type = args.values.type as "organization" | "opportunity" | undefined;
    const { filter } = filterOf(args);
    // Without a filter the export is the whole database, as contract §3 says.
    const organizationIds =
      Object.keys(filter).length > 0 ? await services.organizations.matchingIds(filter) : undefined;
    const chunks = services.interchange.export({
      format,
      ...(organizationIds ? { type: "organization" as const, organizationIds } : type ? { type } : {}),
    });
    for await (const chunk of chunks) {
      // Respect back-pressure so exporting 100,000 records to a slow pipe stays within memory.
      if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
    }
    return 0;
  },
};
