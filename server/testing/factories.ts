import type {
  OpportunityRecord,
  OrganizationRecord,
  ZoneRecord,
} from "../../contracts/interchange/records.ts";
import { systemActor } from "../platform/actor.ts";
import type { Services } from "../services.ts";

/** The operator at the CLI: a city admin, for tests that need any write allowed. */
export const testAdmin = { actor: systemActor("test") };

let sequence = 0;
const next = () => ++sequence;

/** A valid organization line; each test states only the fields it cares about. */
export function organizationRecord(overrides: Partial<OrganizationRecord> = {}): OrganizationRecord {
  const n = next();
  return {
    type: "organization",
    externalId: `org-${n}`,
    kind: "startup",
    scope: "local",
    name: { ko: `테스트기업 ${n}`, en: `Test Company ${n}` },
    ...overrides,
  };
}

export function zoneRecord(overrides: Partial<ZoneRecord> = {}): ZoneRecord {
  const n = next();
  return { type: "zone", code: `zone-${n}`, name: { ko: `구역 ${n}`, en: `Zone ${n}` }, ...overrides };
}

export function opportunityRecord(
  owner: string,
  overrides: Partial<OpportunityRecord> = {},
): OpportunityRecord {
  const n = next();
  return {
    type: "opportunity",
    externalId: `opp-${n}`,
    owner,
    kind: "program",
    title: { en: `Program ${n}` },
    ...overrides,
  };
}

export function toJsonl(records: object[]): string {
  return records.map((record) => JSON.stringify(record)).join("\n");
}

/** Stores records through the real import path, failing loudly if a factory made an invalid one. */
export async function store(services: Services, records: object[]) {
  const result = await services.interchange.import(testAdmin, toJsonl(records));
  if (!result.ok) throw new Error(`factory records are invalid: ${JSON.stringify(result.problems)}`);
  return result.counts;
}
