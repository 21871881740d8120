import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localizeMessage } from "../../platform/i18n.ts";

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * The field messages the module writes in English: `invalid(field, "…")`, `unknown(field, "…")`,
 * `{ field: "…", message: "…" }` in the services, and `.regex(…, "…")` / `message: "…"` in the contract.
 */
function fieldMessages(): Set<string> {
  const dir = path.join(root, "server/modules/introductions");
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => path.join(dir, name));
  sources.push(path.join(root, "contracts/introductions/introduction.ts"));
  const patterns = [
    /\b(?:invalid|unknown)\(\s*"[^"]+",\s*"([^"]+)"/g,
    /\bmessage:\s*"([^"]+)"/g,
    /\.regex\([^,]+,\s*"([^"]+)"/g,
  ];
  const found = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  }
  return found;
}

describe("introductions' field messages", () => {
  it("each has a Korean entry in server/platform/i18n.ts", () => {
    const messages = fieldMessages();
    // The scan must find what the module writes, or it would prove nothing.
    expect(messages).toContain("must not be in the future");
    expect(messages).toContain("amount and currency go together");
    expect(messages).toContain("you must act for a company or partner organization");
    expect(messages.size).toBeGreaterThan(12);
    const untranslated = [...messages].filter((message) => localizeMessage(message, "ko") === message);
    expect(untranslated).toEqual([]);
  });
});
