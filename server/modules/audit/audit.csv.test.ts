import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, systemActor } from "../../platform/actor.ts";
import { createServices, type Services } from "../../services.ts";
import { createTestDatabase } from "../../testing/database.ts";
import { testAdmin } from "../../testing/factories.ts";
import { auditCsvColumns } from "./audit.csv.ts";

/** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

async function collect(lines: AsyncIterable<string>) {
  let text = "";
  for await (const chunk of lines) text += chunk;
  return text;
}

const column = (name: (typeof auditCsvColumns)[number]) => auditCsvColumns.indexOf(name);

describe("the audit CSV export", () => {
  let services: Services;
  beforeAll(async () => {
    const database = await createTestDatabase();
    services = createServices({ db: database.db });
  });

  it("starts with a BOM and the header, keeps Korean, quotes what needs quoting and defuses formulas", async () => {
    const caller: Caller = {
      actor: { kind: "user", id: "u-1", label: '=HYPERLINK("http://x")', role: "admin" },
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0 (X11, Linux)",
    };
    await services.audit.record(caller, {
      action: "csv.escape",
      resourceType: "organization",
      resourceId: "+82-53",
      before: { name: '대구, "알파"' },
      after: { name: "대구\n알파시티", note: "@SUM(A1)" },
    });
    await services.audit.record(testAdmin, { action: "csv.escape", resourceType: "token", resourceId: "-1" });

    const text = await collect(services.audit.exportCsv(testAdmin, { action: "csv.escape" }));
    expect(text.startsWith("\uFEFFid,at,actorKind,actorId,actorLabel,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);

    const [header, newest, older, ...rest] = parseCsv(text.slice(1));
    expect(header).toEqual([...auditCsvColumns]);
    expect(rest).toEqual([]);
    // Newest first.
    expect(newest![column("actorLabel")]).toBe("test");
    expect(newest![column("resourceId")]).toBe("'-1");
    expect(newest![column("before")]).toBe("");
    expect(older![column("actorLabel")]).toBe('\'=HYPERLINK("http://x")');
    expect(older![column("resourceId")]).toBe("'+82-53");
    expect(older![column("userAgent")]).toBe("Mozilla/5.0 (X11, Linux)");
    expect(older![column("ip")]).toBe("203.0.113.7");
    expect(JSON.parse(older![column("before")]!)).toEqual({ name: '대구, "알파"' });
    expect(JSON.parse(older![column("after")]!)).toEqual({ name: "대구\n알파시티", note: "@SUM(A1)" });
    expect(new Date(older![column("at")]!).toISOString()).toBe(older![column("at")]);
  });

  it("exports only what the filters select", async () => {
    await services.audit.record(testAdmin, { action: "csv.filter", resourceType: "token", resourceId: "a" });
    await services.audit.record(testAdmin, { action: "csv.filter", resourceType: "user", resourceId: "b" });
    await services.audit.record(testAdmin, { action: "csv.other", resourceType: "token", resourceId: "c" });
    const rows = (filter: Parameters<Services["audit"]["exportCsv"]>[1]) =>
      collect(services.audit.exportCsv(testAdmin, filter)).then((text) => parseCsv(text.slice(1)).slice(1));

    const tokens = await rows({ action: "csv.filter", resourceType: "token" });
    expect(tokens.map((row) => row[column("resourceId")])).toEqual(["a"]);
    expect(await rows({ action: "csv.filter", from: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await rows({ action: "csv.filter", to: new Date(Date.now() - 3_600_000) })).toEqual([]);
  });

  it("reads a long log page by page, each event exactly once and in order", async () => {
    for (let n = 1; n <= 7; n++) {
      await services.audit.record(testAdmin, {
        action: "csv.paging",
        resourceType: "test",
        resourceId: `${n}`,
      });
    }
    const chunks: string[] = [];
    for await (const chunk of services.audit.exportCsv(
      testAdmin,
      { action: "csv.paging" },
      { pageSize: 3 },
    )) {
      chunks.push(chunk);
    }
    // Header, then pages of 3, 3 and 1.
    expect(chunks).toHaveLength(4);
    const ids = parseCsv(chunks.join("").slice(1))
      .slice(1)
      .map((row) => row[column("resourceId")]);
    expect(ids).toEqual(["7", "6", "5", "4", "3", "2", "1"]);
  });

  it("is refused, before any line, to anyone but a city admin", () => {
    const reviewer = { actor: { ...systemActor("r"), role: "reviewer" as const } };
    expect(() => services.audit.exportCsv(reviewer, {})).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() => services.audit.exportCsv(undefined, {})).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
  });
});
