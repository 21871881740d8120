import type { MessageKey } from "../../i18n/messages.ts";

export const AUDIT_PAGE = 50;
const textFields = ["action", "resourceType", "actorId"] as const;
const dateFields = ["from", "to"] as const;
export type AuditQueryField = (typeof textFields)[number] | (typeof dateFields)[number];

/** The filters as typed (to refill the form), the ones that are valid (to query), and what is wrong. */
export type AuditQuery = {
  values: Record<AuditQueryField, string>;
  filter: {
    action?: string;
    resourceType?: string;
    actorId?: string;
    from?: Date;
    to?: Date;
  };
  errors: Partial<Record<AuditQueryField, MessageKey>>;
  /** The valid filters as a query string (no paging), for the CSV link and paging links. */
  search: string;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight in Korea (UTC+9, no daylight saving) at the start of `day`, or undefined for a non-date. */
function koreanMidnight(day: string): Date | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const date = new Date(`${day}T00:00:00+09:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Rejects 2026-02-30 and the like, which Date would roll over into March.
  const check = new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  return check === day ? date : undefined;
}

/**
 * Reads the audit filters from the page's query string. Days are Korean calendar days, `to` included:
 * `from=2026-05-01&to=2026-05-01` is that whole day in KST. A wrong field is reported and left out.
 */
export function readAuditQuery(params: URLSearchParams): AuditQuery {
  const values = Object.fromEntries(
    [...textFields, ...dateFields].map((field) => [field, (params.get(field) ?? "").trim()]),
  ) as Record<AuditQueryField, string>;
  const filter: AuditQuery["filter"] = {};
  const errors: AuditQuery["errors"] = {};
  const valid = new URLSearchParams();
  for (const field of textFields) {
    if (!values[field]) continue;
    if (values[field].length > 100) {
      errors[field] = "admin.audit.error.long";
      continue;
    }
    filter[field] = values[field];
    valid.set(field, values[field]);
  }
  const from = values.from ? koreanMidnight(values.from) : undefined;
  const to = values.to ? koreanMidnight(values.to) : undefined;
  if (values.from && !from) errors.from = "admin.audit.error.date";
  if (values.to && !to) errors.to = "admin.audit.error.date";
  else if (from && to && to < from) errors.to = "admin.audit.error.range";
  if (from) {
    filter.from = from;
    valid.set("from", values.from);
  }
  if (to && !errors.to) {
    filter.to = new Date(to.getTime() + 86_400_000);
    valid.set("to", values.to);
  }
  return { values, filter, errors, search: valid.toString() };
}
