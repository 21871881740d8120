import { parentOf } from "../../../contracts/industries/taxonomy.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import type { OrganizationKind, Stage } from "../../../contracts/organizations/organization.ts";
import type { Db } from "../../db/client.ts";
import {
  loadOpportunityRows,
  loadOrganizationRows,
  type OpportunityRow,
  type OrganizationRow,
} from "./matching.repository.ts";
import { isCapability, withBroader } from "./vocabulary.ts";

/** Every organization's matching columns, by position; postings list the local ones per capability. */
export type OrganizationSnapshot = {
  version: number;
  size: number;
  position: Map<string, number>;
  id: string[];
  kind: OrganizationKind[];
  local: boolean[];
  stage: (Stage | null)[];
  country: (string | null)[];
  /** Industry codes with their parents. */
  industries: string[][];
  markets: string[][];
  /** Capability concepts, broader ones added. */
  offers: string[][];
  /** Concepts of the `seeking` text: what the organization says it wants (intent, partners' asks). */
  seeks: string[][];
  /** Positions of local organizations offering each capability concept. */
  postings: Map<string, Int32Array>;
  /** Rarity of each capability among local organizations: a rare one is stronger evidence. */
  idf: (concept: string) => number;
  /** Positions of partners (organizations outside the region). */
  partners: number[];
};

export type OpportunityEntry = {
  id: string;
  ownerId: string;
  kind: OpportunityKind;
  industries: string[];
  stages: Stage[];
  markets: string[];
  /** Capability concepts asked for. */
  wants: string[];
  status: "open" | "closed";
  deadline: string | null;
};
export type OpportunitySnapshot = {
  version: number;
  entries: OpportunityEntry[];
  position: Map<string, number>;
};

/** One string object per distinct value: 100,000 rows repeat a few hundred codes. */
function interner() {
  const seen = new Map<string, string>();
  return (values: readonly string[]) =>
    values.map((value) => {
      const known = seen.get(value);
      if (known !== undefined) return known;
      seen.set(value, value);
      return value;
    });
}

const withParents = (codes: readonly string[]) => {
  const all = new Set(codes);
  for (const code of codes) {
    const parent = parentOf(code);
    if (parent) all.add(parent);
  }
  return [...all];
};

export async function loadOrganizationSnapshot(db: Db): Promise<OrganizationSnapshot> {
  const { version, rows } = await loadOrganizationRows(db);
  return encodeOrganizations(version, rows);
}

export function encodeOrganizations(version: number, rows: OrganizationRow[]): OrganizationSnapshot {
  const intern = interner();
  const size = rows.length;
  const snapshot: OrganizationSnapshot = {
    version,
    size,
    position: new Map(),
    id: new Array(size),
    kind: new Array(size),
    local: new Array(size),
    stage: new Array(size),
    country: new Array(size),
    industries: new Array(size),
    markets: new Array(size),
    offers: new Array(size),
    seeks: new Array(size),
    postings: new Map(),
    idf: () => 0,
    partners: [],
  };
  const lists = new Map<string, number[]>();
  let locals = 0;
  rows.forEach((row, at) => {
    snapshot.position.set(row.id, at);
    snapshot.id[at] = row.id;
    snapshot.kind[at] = row.kind;
    snapshot.local[at] = row.scope === "local";
    snapshot.stage[at] = row.stage;
    snapshot.country[at] = row.country;
    snapshot.industries[at] = intern(withParents(row.industries));
    snapshot.markets[at] = intern(row.targetMarkets);
    const offers = intern(withBroader(row.offerConcepts.filter(isCapability)));
    snapshot.offers[at] = offers;
    snapshot.seeks[at] = intern(row.seekConcepts);
    if (row.scope === "local") {
      locals++;
      for (const concept of offers) {
        const list = lists.get(concept);
        if (list) list.push(at);
        else lists.set(concept, [at]);
      }
    } else {
      snapshot.partners.push(at);
    }
  });
  for (const [concept, list] of lists) snapshot.postings.set(concept, Int32Array.from(list));
  // Computed once per snapshot: scoring ten thousand opportunities asks for it tens of thousands of times.
  const rarity = new Map<string, number>();
  for (const [concept, list] of snapshot.postings)
    rarity.set(concept, Math.log(1 + locals / (1 + list.length)));
  const unseen = Math.log(1 + locals);
  snapshot.idf = (concept) => rarity.get(concept) ?? unseen;
  return snapshot;
}

export async function loadOpportunitySnapshot(db: Db): Promise<OpportunitySnapshot> {
  const { version, rows } = await loadOpportunityRows(db);
  return encodeOpportunities(version, rows);
}

function encodeOpportunities(version: number, rows: OpportunityRow[]): OpportunitySnapshot {
  const intern = interner();
  const entries = rows.map(
    (row): OpportunityEntry => ({
      id: row.id,
      ownerId: row.ownerId,
      kind: row.kind,
      industries: intern(row.industries),
      stages: intern(row.stages) as Stage[],
      markets: intern(row.markets),
      wants: intern(row.concepts.filter(isCapability)),
      status: row.status,
      deadline: row.deadline,
    }),
  );
  return { version, entries, position: new Map(entries.map((entry, at) => [entry.id, at])) };
}
