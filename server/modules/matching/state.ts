import type { MatchWeights } from "../../../contracts/matching/match.ts";
import type { Db } from "../../db/client.ts";
import { defaultWeights } from "./features.ts";
import { latestWeights, readVersions } from "./matching.repository.ts";
import {
  loadOpportunitySnapshot,
  loadOrganizationSnapshot,
  type OpportunitySnapshot,
  type OrganizationSnapshot,
} from "./snapshot.ts";

export type MatchingState = {
  organizations: OrganizationSnapshot;
  opportunities: OpportunitySnapshot;
  weights: MatchWeights;
};

/** Keeps one loaded value and reloads it when the version committed in the database moves past it. */
function follower<T extends { version: number }>(load: () => Promise<T>) {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return async (version: number): Promise<T> => {
    while (!value || value.version < version) {
      loading ??= load().finally(() => {
        loading = undefined;
      });
      const loaded = await loading;
      if (!value || loaded.version > value.version) value = loaded;
    }
    return value;
  };
}

/**
 * The matching engine's data in memory: organizations and opportunities with their concepts, postings
 * and rarity, and the current weights. Like the directory's facets (decision 018), each request reads the
 * committed versions (counters moved by triggers inside every writing transaction) in one tiny query and waits for a snapshot at least that new, so a match never
 * misses a write that was committed before it was asked for (decision 021).
 */
export function createMatchingState(db: Db) {
  const organizations = follower(() => loadOrganizationSnapshot(db));
  const opportunities = follower(() => loadOpportunitySnapshot(db));
  const weights = follower(async () => {
    const row = await latestWeights(db);
    return { version: row?.id ?? 0, weights: row?.weights ?? defaultWeights };
  });
  return {
    async current(): Promise<MatchingState> {
      const versions = await readVersions(db);
      const [orgs, opps, learned] = await Promise.all([
        organizations(versions.organizations),
        opportunities(versions.opportunities),
        weights(versions.weights),
      ]);
      return { organizations: orgs, opportunities: opps, weights: learned.weights };
    },
  };
}
export type MatchingStateStore = ReturnType<typeof createMatchingState>;
