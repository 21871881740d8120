import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
import { expect, test, waitForHydration } from "./fixtures.ts";

/** WCAG 2.1 AA, which the Korean KWCAG follows. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const pages = [
  { name: "Korean home", path: "/", status: 200 },
  { name: "English home", path: "/en", status: 200 },
  { name: "Korean 404", path: "/no-such-page", status: 404 },
  { name: "English 404", path: "/en/no-such-page", status: 404 },
];

/** One readable block per violation: rule, impact, help link, and the offending elements. */
function formatViolations(violations: Result[]) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    - ${node.target.join(" ")}\n      ${node.failureSummary?.replaceAll("\n", "\n      ")}`,
        )
        .join("\n");
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n\n");
}

for (const { name, path, status } of pages) {
  test(`${name} (${path}) has no WCAG 2.1 AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await waitForHydration(page);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = violations.map((violation) => `${violation.id} (${violation.nodes.length} elements)`);
    expect(found, `axe found violations on ${path}:\n\n${formatViolations(violations)}\n`).toEqual([]);
  });
}
