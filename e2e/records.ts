import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** The id of the record a public list answers for this external id (external ids are unique). */
async function idOf(
  page: Page,
  list: "organizations" | "opportunities",
  externalId: string,
): Promise<string> {
  const url = `/api/v1/${list}?externalId=${encodeURIComponent(externalId)}`;
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
}

/** The id of the organization with this external id. */
export function organizationId(page: Page, externalId: string): Promise<string> {
  return idOf(page, "organizations", externalId);
}

/** The id of the opportunity with this external id. */
export function opportunityId(page: Page, externalId: string): Promise<string> {
  return idOf(page, "opportunities", externalId);
}
