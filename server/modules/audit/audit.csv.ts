import type { AuditRow } from "./audit.repository.ts";

/** UTF-8 byte-order mark: without it Excel reads the file as the local code page and garbles Korean. */
export const CSV_BOM = "\uFEFF";

/** The columns of the audit export, in order; `before` and `after` hold the JSON of the change. */
export const auditCsvColumns = [
  "id",
  "at",
  "actorKind",
  "actorId",
  "actorLabel",
  "organizationId",
  "action",
  "resourceType",
  "resourceId",
  "ip",
  "userAgent",
  "before",
  "after",
] as const satisfies readonly (keyof AuditRow)[];

export function auditCsvHeader(): string {
  return `${auditCsvColumns.join(",")}\r\n`;
}

export function auditCsvRow(row: AuditRow): string {
  return `${auditCsvColumns.map((column) => cell(valueAt(row, column))).join(",")}\r\n`;
}

function valueAt(row: AuditRow, column: (typeof auditCsvColumns)[number]): unknown {
  const value = row[column];
  if (value instanceof Date) return value.toISOString();
  if (column === "before" || column === "after") return value === null ? "" : JSON.stringify(value);
  return value;
}

/** Mirrors the interchange export's cells (modules do not share internals): RFC 4180 quoting, formula-safe. */
export function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  // A leading = + - @ (or a tab or CR) would run as a formula in a spreadsheet; a quote prefix keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
