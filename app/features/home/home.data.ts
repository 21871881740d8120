import type { Services } from "../../../server/services.ts";

/** The partners and office the home page tells the story of, by their external ids in the directory. */
export const storyOrganizations = ["meta", "pnp", "pnp-daegu", "nvidia", "daegu-la-office"] as const;

/** Everything the home page shows comes from the database, in one round of parallel queries. */
export async function loadHome(services: Services) {
  const [industries, zones, partners, scopes, opportunities] = await Promise.all([
    services.industries.list(),
    services.zones.list(),
    services.organizations.byExternalIds([...storyOrganizations]),
    services.organizations.countByScope(),
    services.opportunities.list({ status: "open" }, { limit: 4, offset: 0 }),
  ]);
  return {
    industries: industries.filter((industry) => industry.parent === null),
    zones,
    partners,
    counts: {
      local: scopes.local ?? 0,
      global: scopes.global ?? 0,
      zones: zones.length,
      opportunities: opportunities.total,
    },
    opportunities: opportunities.items,
  };
}
export type HomeData = Awaited<ReturnType<typeof loadHome>>;
