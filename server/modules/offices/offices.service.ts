import type { z } from "zod";
import {
  type OfficeCreate,
  type OfficePatch,
  type OfficeStaffView,
  type OfficeView,
  officeCreate,
  officePatch,
  type StaffSkills,
  staffSkills,
} from "../../../contracts/offices/office.ts";
import type { Db, Executor, Tx } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { issuePath } from "../../platform/i18n.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { type OfficeSchedule, scheduleOf } from "./hours.ts";
import {
  canCreateOffice,
  canManageOffice,
  canSeeStaff,
  isCompanyMember,
  mayManageSomeOffice,
} from "./offices.policy.ts";
import {
  findByOrganization,
  findOffice,
  findOrganization,
  findOrganizationByExternalId,
  findStaff,
  insertOffice,
  isMember,
  listOffices,
  lockOffice,
  type OfficeRow,
  officesServing,
  staffOf,
  updateOffice,
  upsertStaff,
} from "./offices.repository.ts";
import { officeView, staffView } from "./offices.view.ts";

export { officeCalendar } from "./calendar.ts";
export type { OfficeHoliday, OfficeSchedule, Opening } from "./hours.ts";

/** The API's own schema, again in the service: the pages, the CLI and the demo call it without HTTP. */
function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION_FAILED", {
    fields: parsed.error.issues.map((issue) => ({ field: issuePath(issue), message: issue.message })),
  });
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Lists as sets: codes upper-cased, no repeats, dates in order. */
function normalize<T extends OfficePatch>(input: T): T {
  return {
    ...input,
    ...(input.countries ? { countries: unique(input.countries) } : {}),
    ...(input.services ? { services: unique(input.services) } : {}),
    ...(input.holidayCalendars ? { holidayCalendars: unique(input.holidayCalendars) } : {}),
    ...(input.holidays ? { holidays: unique(input.holidays).sort() } : {}),
  };
}

/** The abilities a page needs to show exactly what the service allows. */
export type OfficeAbilities = { manage: boolean; seeStaff: boolean; requestSupport: boolean };

/**
 * The overseas offices' support desks: where each is, when it is open, what it offers, its SLA targets and
 * its staff's skills. Reading is public (staff only for the office and the city); writes are the city
 * admin's and the office owners', audited in the same transaction.
 */
export function createOfficesService({ db, audit }: { db: Db; audit: AuditService }) {
  async function viewFor(ex: Executor, row: OfficeRow, actor: Actor | undefined): Promise<OfficeView> {
    if (!actor || !canSeeStaff(actor, row)) return officeView(row);
    return officeView(row, await staffOf(ex, row));
  }

  /** A market may be served by one desk only, so routing is never a guess. */
  async function assertCountriesFree(tx: Tx, countries: string[], officeId: string | null) {
    for (const country of countries) {
      const serving = (await officesServing(tx, country)).filter((office) => office.id !== officeId);
      if (serving.length > 0) {
        throw new AppError("CONFLICT", {
          fields: [{ field: "countries", message: "is already served by another office" }],
        });
      }
    }
  }

  async function lockManaged(caller: Caller | undefined, id: string, tx: Tx): Promise<OfficeRow> {
    authorize(caller?.actor, mayManageSomeOffice);
    if (!isUuid(id)) throw notFound();
    const row = await lockOffice(tx, id);
    if (!row) throw notFound();
    if (!canManageOffice(caller.actor, row)) throw new AppError("FORBIDDEN");
    return row;
  }

  /** The desk made from an organization, if any (no permission check: for other modules and pages). */
  async function forOrganization(organizationId: string): Promise<OfficeView | undefined> {
    if (!isUuid(organizationId)) return undefined;
    const row = await findByOrganization(db, organizationId);
    return row && officeView(row);
  }

  return {
    /** Every office, public facts only unless the reader is the city or one of the office's people. */
    async list(
      actor?: Actor,
      query: { country?: string | undefined; limit?: number; offset?: number } = {},
    ): Promise<{ items: OfficeView[]; total: number }> {
      const { country, limit = 100, offset = 0 } = query;
      // Few rows (one per overseas office): paged in memory.
      const rows = country ? await officesServing(db, country.toUpperCase()) : await listOffices(db);
      const page = rows.slice(offset, offset + limit);
      const items = await Promise.all(page.map((row) => viewFor(db, row, actor)));
      return { items, total: rows.length };
    },

    /** One office; unknown ids are NOT_FOUND. */
    async get(id: string, actor?: Actor): Promise<OfficeView> {
      if (!isUuid(id)) throw notFound();
      const row = await findOffice(db, id);
      if (!row) throw notFound();
      return viewFor(db, row, actor);
    },

    /** Makes an existing overseas-office organization a support desk (one desk per organization). */
    async create(caller: Caller | undefined, input: OfficeCreate): Promise<OfficeView> {
      authorize(caller?.actor, canCreateOffice);
      const body = normalize(parse(officeCreate, input));
      return db.transaction(async (tx) => {
        const organization = await findOrganization(tx, body.organizationId);
        if (!organization) {
          throw new AppError("NOT_FOUND", {
            fields: [{ field: "organizationId", message: "is not an organization of the directory" }],
          });
        }
        if (organization.kind !== "overseas-office")
          throw invalid("organizationId", "must be an overseas-office organization");
        if (await findByOrganization(tx, organization.id)) {
          throw new AppError("CONFLICT", {
            fields: [{ field: "organizationId", message: "already has a support desk" }],
          });
        }
        await assertCountriesFree(tx, body.countries, null);
        const row = await insertOffice(tx, body);
        await audit.record(
          caller,
          { action: "office.create", resourceType: "office", resourceId: row.id, after: row },
          tx,
        );
        return viewFor(tx, row, caller.actor);
      });
    },

    /** Changes what is sent (hours, services, targets …); the business calendar follows the new version. */
    async update(caller: Caller | undefined, id: string, patch: OfficePatch): Promise<OfficeView> {
      authorize(caller?.actor, mayManageSomeOffice);
      const body = normalize(parse(officePatch, patch));
      return db.transaction(async (tx) => {
        const before = await lockManaged(caller, id, tx);
        if (body.countries) await assertCountriesFree(tx, body.countries, before.id);
        const after = await updateOffice(tx, before.id, body);
        await audit.record(
          caller,
          { action: "office.update", resourceType: "office", resourceId: before.id, before, after },
          tx,
        );
        return viewFor(tx, after, caller.actor);
      });
    },

    /** A staff member's skills and availability (routing's facts); they must be a member of the office's organization. */
    async setStaff(
      caller: Caller | undefined,
      id: string,
      userId: string,
      skills: StaffSkills,
    ): Promise<OfficeStaffView> {
      authorize(caller?.actor, mayManageSomeOffice);
      const body = parse(staffSkills, skills);
      return db.transaction(async (tx) => {
        const office = await lockManaged(caller, id, tx);
        if (!(await isMember(tx, office.organizationId, userId)))
          throw invalid("userId", "is not a member of the office's organization");
        const before = (await findStaff(tx, office.id, userId)) ?? null;
        const after = await upsertStaff(tx, {
          officeId: office.id,
          userId,
          services: unique(body.services),
          available: body.available,
        });
        await audit.record(
          caller,
          {
            action: "office.staff",
            resourceType: "office",
            resourceId: office.id,
            before: before && { userId, services: before.services, available: before.available },
            after: { userId, services: after.services, available: after.available },
          },
          tx,
        );
        const row = (await staffOf(tx, office)).find((member) => member.userId === userId)!;
        return staffView(row);
      });
    },

    forOrganization,

    /** The desk serving a market (ISO alpha-2), if any: where a support request for it goes. */
    async forMarket(country: string): Promise<OfficeView | undefined> {
      const [row] = await officesServing(db, country.toUpperCase());
      return row && officeView(row);
    },

    /** The desk of the directory organization with this external id (the demo's LA office), if any. */
    async forExternalId(externalId: string): Promise<OfficeView | undefined> {
      const organization = await findOrganizationByExternalId(db, externalId);
      return organization ? forOrganization(organization.id) : undefined;
    },

    /** An office's staff with skills and load (no permission check: routing and assignment use it). */
    async staff(officeId: string): Promise<OfficeStaffView[]> {
      if (!isUuid(officeId)) return [];
      const row = await findOffice(db, officeId);
      return row ? (await staffOf(db, row)).map(staffView) : [];
    },

    /** Whether a directory organization may become a desk: exists, is an overseas office, has none yet. */
    async organizationFacts(externalId: string) {
      const organization = await findOrganizationByExternalId(db, externalId);
      if (!organization) return undefined;
      return { ...organization, hasDesk: (await findByOrganization(db, organization.id)) !== undefined };
    },

    /** What the reader may do with this office (the page shows exactly these). */
    abilities(actor: Actor | undefined, office: Pick<OfficeView, "organizationId">): OfficeAbilities {
      return {
        manage: actor !== undefined && canManageOffice(actor, office),
        seeStaff: actor !== undefined && canSeeStaff(actor, office),
        requestSupport: actor !== undefined && isCompanyMember(actor),
      };
    },

    /** Open or closed now, the coming week's openings and the closure days of the next `days` days. */
    schedule(office: OfficeView, now = new Date(), days = 60): OfficeSchedule {
      return scheduleOf(office, now, days);
    },
  };
}
export type OfficesService = ReturnType<typeof createOfficesService>;
