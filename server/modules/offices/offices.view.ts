import type { OfficeStaffView, OfficeView } from "../../../contracts/offices/office.ts";
import type { SupportService } from "../../../contracts/support-requests/vocabulary.ts";
import type { OfficeRow, StaffRow } from "./offices.repository.ts";

/** One staff member: no skills row yet means no services and available. */
export function staffView(row: StaffRow): OfficeStaffView {
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    services: (row.services ?? []) as SupportService[],
    available: row.available ?? true,
    openCount: Number(row.openCount),
  };
}

/** What the API shows of an office; `staff` only when the caller may see it. */
export function officeView(row: OfficeRow, staff?: StaffRow[]): OfficeView {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    countries: row.countries,
    timeZone: row.timeZone,
    hours: row.hours,
    holidayCalendars: row.holidayCalendars,
    holidays: [...row.holidays].sort(),
    services: row.services,
    reopenDays: row.reopenDays,
    slaTargets: row.slaTargets,
    warnBeforeMinutes: row.warnBeforeMinutes,
    ...(staff ? { staff: staff.map(staffView) } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
