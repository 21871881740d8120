import { memoizeFor } from "../../../server/platform/memo.ts";
import type { Services } from "../../../server/services.ts";

/** The partners and office the home page tells the story of, by their external ids in the directory. */
export const storyOrganizations = ["meta", "pnp", "pnp-daegu", "nvidia", "daegu-la-office"] as const;

const FIGURES_TTL_MS = 30_000;
const figuresByServices = new WeakMap<Services, () => Promise<Figures>>();

/**
 * Directory-wide counts scan every organization; at 100,000 rows that is most of a page's cost,
 * so the home page shows figures at most 30 seconds old.
 */
function figures(services: Services): Promise<Figures> {
  let load = figuresByServices.get(services);
  if (!load) {
    load = memoizeFor(FIGURES_TTL_MS, async () => {
      const [industries, zones, scopes] = await Promise.all([
        services.industries.list(),
        services.zones.list(),
        services.organizations.countByScope(),
      ]);
      return { industries, zones, scopes };
    });
    figuresByServices.set(services, load);
  }
  return load();
}
type Figures = {
  industries: Awaited<ReturnType<Services["industries"]["list"]>>;
  zones: Awaited<ReturnType<Services["zones"]["list"]>>;
  scopes: Awaited<ReturnType<Services["organizations"]["countByScope"]>>;
};

/** Everything the home page shows comes from the database, in one round of parallel queries. */
export async function loadHome(services: Services) {
  const [{ industries, zones, scopes }, partners, opportunities] = await Promise.all([
    figures(services),
    services.organizations.byExternalIds([...storyOrganizations]),
    services.opportunities.list({ status: "open" }, { limit: 4, offset: 0 }, "deadline"),
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
