import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Result } from "axe-core";
import { expect } from "./fixtures.ts";

/** WCAG 2.1 AA, which the Korean KWCAG follows. */
export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** One readable block per violation (also used by other specs that check pages behind sign-in). */
export async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map((violation) => `${violation.id} (${violation.nodes.length} elements)`);
  expect(found, `axe found violations on ${page.url()}:\n\n${formatViolations(violations)}\n`).toEqual([]);
}

/** One readable block per violation: rule, impact, help link, and the offending elements. */
export function formatViolations(violations: Result[]) {
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
