import { AxeBuilder } from "@axe-core/playwright";
import { formatViolations, TAGS } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";

const pages = [
  { name: "Korean home", path: "/", status: 200 },
  { name: "English home", path: "/en", status: 200 },
  { name: "Korean 404", path: "/no-such-page", status: 404 },
  { name: "English 404", path: "/en/no-such-page", status: 404 },
  { name: "Korean sign-in", path: "/sign-in", status: 200 },
  { name: "English sign-up", path: "/en/sign-up", status: 200 },
  { name: "Korean invitation", path: "/invitations/accept?token=inv_example", status: 200 },
];

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
