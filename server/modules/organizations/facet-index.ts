import { eq } from "drizzle-orm";
import { parentOf, withSubSectors } from "../../../contracts/industries/taxonomy.ts";
import {
  type FacetCounts,
  type FacetName,
  facetNames,
} from "../../../contracts/organizations/organization.ts";
import type { Db } from "../../db/client.ts";
import type { SearchQuery } from "../../platform/search/query.ts";
import { zones } from "../zones/zones.table.ts";
import { readDirectoryVersion } from "./directory-version.ts";
import type { OrganizationFilter } from "./organizations.filter.ts";
import { textMatchIds } from "./organizations.repository.ts";
import { organizations } from "./organizations.table.ts";

const single = ["kind", "scope", "stage", "country", "zone"] as const;
const multiple = ["industry", "market"] as const;
type Single = (typeof single)[number];
type Multiple = (typeof multiple)[number];

/**
 * The facet columns of every organization, column by column, each value replaced by a small number
 * (0 = none) so that counting is array increments. `lists` hold industries and markets: the codes of
 * entry i are `codes[offsets[i] .. offsets[i + 1])`.
 */
type Snapshot = {
  version: number;
  size: number;
  position: Map<string, number>;
  externalIds: string[];
  values: Record<FacetName, string[]>;
  columns: Record<Single, Uint16Array>;
  lists: Record<Multiple, { offsets: Uint32Array; codes: Uint16Array }>;
  /**
   * Answers already counted on this snapshot, by query and filters (like Elasticsearch's request cache:
   * exact until the next write, which brings a new snapshot and an empty cache).
   */
  answers: Map<string, Promise<FacetCounts>>;
};

const CACHED_ANSWERS = 500;

/**
 * Facet counts from memory. Scanning 100,000 wide rows for seven GROUP BYs costs PostgreSQL well over
 * 100 ms; one pass over these numbered columns takes about a millisecond. The snapshot is reloaded when
 * `directory_version` (bumped by a trigger inside every writing transaction) changes, which one tiny
 * query per request checks, so counts are never stale (docs/decisions/018).
 */
export function createFacetIndex(db: Db) {
  let snapshot: Snapshot | undefined;
  let loading: Promise<Snapshot> | undefined;

  /** A snapshot at least as new as the version committed now; a load already under way may be older. */
  async function current(): Promise<Snapshot> {
    const version = await readDirectoryVersion(db);
    while (!snapshot || snapshot.version < version) {
      loading ??= load(db).finally(() => {
        loading = undefined;
      });
      const loaded = await loading;
      if (!snapshot || loaded.version > snapshot.version) snapshot = loaded;
    }
    return snapshot;
  }

  return {
    /** Counts per value of every facet; each facet ignores its own filter (disjunctive facets). */
    async counts(filter: OrganizationFilter, search?: SearchQuery): Promise<FacetCounts> {
      const index = await current();
      const key = JSON.stringify([search?.all, ...facetNames.map((name) => filter[name]), filter.externalId]);
      const cached = index.answers.get(key);
      if (cached) return cached;
      const answer = (async () => {
        const matches = search ? await textMatchIds(db, filter, search) : undefined;
        return count(index, filter, matches && positionsOf(index, matches));
      })();
      if (index.answers.size >= CACHED_ANSWERS) index.answers.delete(index.answers.keys().next().value!);
      index.answers.set(key, answer);
      answer.catch(() => index.answers.delete(key));
      return answer;
    },
  };
}
export type FacetIndex = ReturnType<typeof createFacetIndex>;

/** The version and the rows from one snapshot, so data is never labelled with a newer version. */
function load(db: Db): Promise<Snapshot> {
  return db.transaction(
    async (tx) => {
      const version = await readDirectoryVersion(tx);
      const rows = await tx
        .select({
          id: organizations.id,
          externalId: organizations.externalId,
          kind: organizations.kind,
          scope: organizations.scope,
          stage: organizations.stage,
          country: organizations.country,
          zone: zones.code,
          industry: organizations.industries,
          market: organizations.targetMarkets,
        })
        .from(organizations)
        .leftJoin(zones, eq(zones.id, organizations.zoneId));
      return encode(version, rows);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

type Row = { id: string; externalId: string } & Record<Single, string | null> & Record<Multiple, string[]>;

function encode(version: number, rows: Row[]): Snapshot {
  const values = Object.fromEntries(facetNames.map((name) => [name, [""]])) as Record<FacetName, string[]>;
  const numbers = Object.fromEntries(facetNames.map((name) => [name, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  const numberOf = (facet: FacetName, value: string | null) => {
    if (!value) return 0;
    let n = numbers[facet].get(value);
    if (n === undefined) {
      n = values[facet].push(value) - 1;
      numbers[facet].set(value, n);
    }
    return n;
  };
  const columns = Object.fromEntries(single.map((name) => [name, new Uint16Array(rows.length)])) as Record<
    Single,
    Uint16Array
  >;
  const lists = {} as Snapshot["lists"];
  for (const name of multiple) {
    const offsets = new Uint32Array(rows.length + 1);
    const codes: number[] = [];
    rows.forEach((row, at) => {
      for (const value of name === "industry" ? withParents(row.industry) : row[name])
        codes.push(numberOf(name, value));
      offsets[at + 1] = codes.length;
    });
    lists[name] = { offsets, codes: Uint16Array.from(codes) };
  }
  const position = new Map<string, number>();
  rows.forEach((row, at) => {
    position.set(row.id, at);
    for (const name of single) columns[name][at] = numberOf(name, row[name]);
  });
  return {
    version,
    size: rows.length,
    position,
    externalIds: rows.map((row) => row.externalId),
    values,
    columns,
    lists,
    answers: new Map(),
  };
}

/**
 * A record filed under a sub-sector counts for its parent too (eyewear-frames → eyewear), once, as the
 * directory's industry filter finds it there.
 */
function withParents(codes: string[]): string[] {
  const all = new Set(codes);
  for (const code of codes) {
    const parent = parentOf(code);
    if (parent) all.add(parent);
  }
  return [...all];
}

/** The index positions of matched ids, in index order (a typed array sorts numerically and fast). */
function positionsOf(index: Snapshot, ids: string[]): Int32Array {
  const positions = new Int32Array(ids.length);
  let found = 0;
  for (const id of ids) {
    const at = index.position.get(id);
    if (at !== undefined) positions[found++] = at;
  }
  return positions.subarray(0, found).sort();
}

type Test = (at: number) => boolean;

/** A test per active filter, on the numbered columns; a value the index has never seen matches nothing. */
function tests(index: Snapshot, filter: OrganizationFilter): [FacetName, Test][] {
  const numberIn = (facet: FacetName, value: string) => index.values[facet].indexOf(value);
  const active: [FacetName, Test][] = [];
  for (const facet of single) {
    const value = filter[facet];
    if (!value) continue;
    const wanted = numberIn(facet, value);
    const column = index.columns[facet];
    active.push([facet, (at) => wanted > 0 && column[at] === wanted]);
  }
  const listTest = (facet: Multiple, wanted: Set<number>): Test => {
    const { offsets, codes } = index.lists[facet];
    return (at) => {
      for (let k = offsets[at]!; k < offsets[at + 1]!; k++) if (wanted.has(codes[k]!)) return true;
      return false;
    };
  };
  if (filter.industry) {
    const wanted = new Set(withSubSectors(filter.industry).map((code) => numberIn("industry", code)));
    active.push(["industry", listTest("industry", wanted)]);
  }
  if (filter.market)
    active.push(["market", listTest("market", new Set([numberIn("market", filter.market)]))]);
  return active;
}

/**
 * One pass: an entry that passes every filter counts for every facet; one that fails exactly one
 * filter counts only for that filter's facet (what choosing another value there would give).
 */
function count(index: Snapshot, filter: OrganizationFilter, only?: Int32Array): FacetCounts {
  const active = tests(index, filter);
  const tallies = Object.fromEntries(
    facetNames.map((name) => [name, new Uint32Array(index.values[name].length)]),
  ) as Record<FacetName, Uint32Array>;
  const addTo = (facet: FacetName, at: number) => {
    if (facet === "industry" || facet === "market") {
      const { offsets, codes } = index.lists[facet];
      for (let k = offsets[at]!; k < offsets[at + 1]!; k++) tallies[facet][codes[k]!]!++;
    } else tallies[facet][index.columns[facet][at]!]!++;
  };
  const total = only ? only.length : index.size;
  for (let i = 0; i < total; i++) {
    const at = only ? only[i]! : i;
    if (filter.externalId && index.externalIds[at] !== filter.externalId) continue;
    let failed: FacetName | undefined;
    let failures = 0;
    for (const [facet, test] of active) {
      if (!test(at)) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failed) addTo(failed, at);
    else for (const facet of facetNames) addTo(facet, at);
  }
  return Object.fromEntries(
    facetNames.map((facet) => [
      facet,
      index.values[facet]
        .flatMap((value, n) =>
          n > 0 && tallies[facet][n]! > 0 ? [{ value, count: tallies[facet][n]! }] : [],
        )
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    ]),
  ) as FacetCounts;
}
