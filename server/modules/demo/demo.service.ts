import { readFile } from "node:fs/promises";
import { count } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { systemActor } from "../../platform/actor.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { InterchangeService } from "../interchange/interchange.service.ts";
import type { ImportCounts } from "../interchange/interchange.writer.ts";
import type { OfficesService } from "../offices/offices.service.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "../zones/zones.table.ts";
import { laDesk } from "./demo-offices.ts";
import { syntheticCompany } from "./synthetic.ts";
import { partnersFor, syntheticOpportunity, syntheticPartner } from "./synthetic-opportunities.ts";
import { addSyntheticSupportRequests, type SupportDemoResult } from "./synthetic-support-writer.ts";

const systemActorCaller = (label: string) => ({ actor: systemActor(label) });
const demoFile = new URL("./demo-data.jsonl", import.meta.url);

export function createDemoService({
  db,
  interchange,
  offices,
  audit,
}: {
  db: Db;
  interchange: InterchangeService;
  offices: OfficesService;
  audit: AuditService;
}) {
  /**
   * The LA office's support desk, once its organization exists. Also on every later start: a database
   * whose demo data came before the support desk gets the desk too; one that has it is left alone.
   */
  async function ensureLaDesk(): Promise<boolean> {
    const organization = await offices.organizationFacts(laDesk.externalId);
    if (organization?.kind !== "overseas-office" || organization.hasDesk) return false;
    await offices.create(systemActorCaller("demo data"), { organizationId: organization.id, ...laDesk.desk });
    return true;
  }

  return {
    /** Loads the program's demo data (an interchange file) when the directory is still empty. */
    async loadIfEmpty(): Promise<ImportCounts | undefined> {
      const [row] = await db.select({ n: count() }).from(organizations);
      if ((row?.n ?? 0) > 0) {
        await ensureLaDesk();
        return undefined;
      }
      const result = await interchange.import(
        systemActorCaller("demo data"),
        await readFile(demoFile, "utf8"),
      );
      if (!result.ok) {
        const first = result.problems[0]!;
        throw new Error(`demo data is invalid: line ${first.line}: ${first.field}: ${first.message}`);
      }
      await ensureLaDesk();
      return result.counts;
    },

    ensureLaDesk,

    /** Upserts N deterministic synthetic companies (synthetic-000001 …), in batches of 5,000. */
    async addSyntheticCompanies(total: number, onProgress?: (done: number) => void): Promise<number> {
      const zoneCodes = new Set((await db.select({ code: zones.code }).from(zones)).map((z) => z.code));
      for (let start = 1; start <= total; start += 5000) {
        const end = Math.min(total, start + 4999);
        let lines = "";
        for (let n = start; n <= end; n++) lines += `${JSON.stringify(syntheticCompany(n, zoneCodes))}\n`;
        const result = await interchange.import(systemActorCaller("gateway demo"), lines);
        if (!result.ok) throw new Error(`synthetic company ${result.problems[0]?.line} is invalid`);
        onProgress?.(end);
      }
      return total;
    },

    /**
     * Upserts M deterministic synthetic opportunities (synthetic-opportunity-000001 …) after the synthetic
     * global partners that own them (synthetic-partner-0001 …, at most 300), in batches of 5,000.
     */
    async addSyntheticOpportunities(
      total: number,
      onProgress?: (done: number) => void,
    ): Promise<{ opportunities: number; partners: number }> {
      const partners = partnersFor(total);
      const owners = await interchange.import(
        systemActorCaller("gateway demo"),
        partners.map((i) => `${JSON.stringify(syntheticPartner(i))}\n`).join(""),
      );
      if (!owners.ok) throw new Error(`synthetic partner ${owners.problems[0]?.line} is invalid`);
      for (let start = 1; start <= total; start += 5000) {
        const end = Math.min(total, start + 4999);
        let lines = "";
        for (let n = start; n <= end; n++) lines += `${JSON.stringify(syntheticOpportunity(n))}\n`;
        const result = await interchange.import(systemActorCaller("gateway demo"), lines);
        if (!result.ok) throw new Error(`synthetic opportunity ${result.problems[0]?.line} is invalid`);
        onProgress?.(end);
      }
      return { opportunities: total, partners: partners.length };
    },

    /**
     * Replaces the LA office desk's synthetic support requests (synthetic-support.ts) with N new ones over
     * the last 18 months, made with a handful of synthetic staff when the office has no members yet.
     */
    addSyntheticSupportRequests(
      total: number,
      onProgress?: (done: number) => void,
    ): Promise<SupportDemoResult> {
      return addSyntheticSupportRequests(
        { db, audit, offices, ensureDesk: ensureLaDesk, deskExternalId: laDesk.externalId },
        systemActorCaller("gateway demo"),
        total,
        onProgress,
      );
    },
  };
}
export type DemoService = ReturnType<typeof createDemoService>;
