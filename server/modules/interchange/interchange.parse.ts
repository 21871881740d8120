import type { Locale } from "../../../contracts/common/localized.ts";
import { type InterchangeRecord, interchangeRecord } from "../../../contracts/interchange/records.ts";
import { issuePath, localizeIssue } from "../../platform/i18n.ts";

/** One problem of an import file, reported as `line N: field: message` (contract §3). */
export type LineProblem = { line: number; field: string; message: string };
export type ParsedLine = { line: number; record: InterchangeRecord };
/** What a line says about other records, read even from lines that fail validation so every problem is reported. */
export type LineReferences = { line: number; type: unknown; key?: string; zone?: string; owner?: string };

const messages = {
  json: { ko: "JSON으로 읽을 수 없습니다", en: "is not valid JSON" },
  object: { ko: "JSON 객체여야 합니다", en: "must be a JSON object" },
  duplicate: {
    ko: "파일 안에서 중복됩니다 (처음 나온 줄: {line})",
    en: "is repeated in the file (first on line {line})",
  },
} as const;

/** Parses and validates every line; never stops at the first problem so the report is complete. */
export function parseInterchange(
  text: string,
  locale: Locale,
): { lines: ParsedLine[]; references: LineReferences[]; problems: LineProblem[] } {
  const parser = createLineParser(locale);
  splitLines(text).forEach((raw, index) => {
    parser.add(raw, index + 1);
  });
  return { lines: parser.lines, references: parser.references, problems: parser.problems };
}

/** The file's rows, without a leading byte-order mark; row N is line N + 1. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r?\n/);
}

/**
 * The same checks one line at a time, so a long file can be validated in slices (with progress and
 * without holding the event loop); duplicates are found across every line added so far.
 */
export function createLineParser(locale: Locale) {
  const lines: ParsedLine[] = [];
  const references: LineReferences[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  return {
    lines,
    references,
    problems,
    add(raw: string, line: number): void {
      if (raw.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        problems.push({ line, field: "(line)", message: messages.json[locale] });
        return;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        problems.push({ line, field: "(line)", message: messages.object[locale] });
        return;
      }
      references.push(referencesOf(line, value as Record<string, unknown>));
      const result = interchangeRecord.safeParse(value);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ line, field: issuePath(issue), message: localizeIssue(issue, locale) });
        }
        return;
      }
      const record = result.data;
      const key = `${record.type}:${record.type === "zone" ? record.code : record.externalId}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const field = record.type === "zone" ? "code" : "externalId";
        problems.push({ line, field, message: messages.duplicate[locale].replace("{line}", String(first)) });
        return;
      }
      seen.set(key, line);
      lines.push({ line, record });
    },
  };
}

function referencesOf(line: number, value: Record<string, unknown>): LineReferences {
  const text = (field: unknown) => (typeof field === "string" ? field : undefined);
  const key = value.type === "zone" ? text(value.code) : text(value.externalId);
  return {
    line,
    type: value.type,
    ...(key ? { key } : {}),
    ...(value.type === "organization" && text(value.zone) ? { zone: text(value.zone) } : {}),
    ...(value.type === "opportunity" && text(value.owner) ? { owner: text(value.owner) } : {}),
  };
}
