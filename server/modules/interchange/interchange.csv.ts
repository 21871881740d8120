/** CSV for spreadsheets: UTF-8 with a byte-order mark so Excel shows Korean, localized text as `field.ko`/`field.en`. */
export const CSV_BOM = "\uFEFF";

const columns = {
  organization: [
    "externalId",
    "kind",
    "scope",
    "name.ko",
    "name.en",
    "summary.ko",
    "summary.en",
    "industries",
    "tags",
    "stage",
    "foundedYear",
    "employees",
    "website",
    "country",
    "city",
    "zone",
    "targetMarkets",
  ],
  opportunity: [
    "externalId",
    "owner",
    "kind",
    "title.ko",
    "title.en",
    "description.ko",
    "description.en",
    "industries",
    "tags",
    "stages",
    "markets",
    "deadline",
    "status",
  ],
} as const;

export type CsvType = keyof typeof columns;

export function csvHeader(type: CsvType): string {
  return `${columns[type].join(",")}\r\n`;
}

export function csvRow(type: CsvType, record: Record<string, unknown>): string {
  return `${columns[type].map((column) => cell(valueAt(record, column))).join(",")}\r\n`;
}

function valueAt(record: Record<string, unknown>, column: string): unknown {
  const [field, language] = column.split(".") as [string, string | undefined];
  const value = record[field];
  if (language) return (value as Record<string, string> | undefined)?.[language];
  return Array.isArray(value) ? value.join(";") : value;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet; a quote prefix keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
