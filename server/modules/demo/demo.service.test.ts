import { beforeAll, describe, expect, it } from "vitest";
import { createServices, type Services } from "../../services.ts";
import { createTestDatabase } from "../../testing/database.ts";

async function exportAll(services: Services, type: "organization" | "opportunity") {
  let out = "";
  for await (const chunk of services.interchange.export({ format: "jsonl", type })) out += chunk;
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("demo service: synthetic opportunities", () => {
  let services: Services;
  beforeAll(async () => {
    services = createServices({ db: (await createTestDatabase()).db });
  });

  it("imports M opportunities with their global owners, and importing again changes nothing", async () => {
    const added = await services.demo.addSyntheticOpportunities(120);
    expect(added.opportunities).toBe(120);
    const opportunities = await exportAll(services, "opportunity");
    expect(opportunities).toHaveLength(120);
    const organizations = await exportAll(services, "organization");
    expect(organizations).toHaveLength(added.partners);
    expect(new Set(organizations.map((o) => o.scope))).toEqual(new Set(["global"]));
    const owners = new Set(organizations.map((o) => o.externalId));
    for (const opportunity of opportunities) expect(owners).toContain(opportunity.owner);

    await services.demo.addSyntheticOpportunities(120);
    expect(await exportAll(services, "opportunity")).toEqual(opportunities);
    expect(await exportAll(services, "organization")).toHaveLength(added.partners);
  });
});
