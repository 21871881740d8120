import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import { e2eDataDir, e2ePort } from "./server.ts";

/** People of the end-to-end journeys: signed up through Better Auth, given roles and memberships. */
export const password = "daegu-journeys-frames-2026!";
export const origin = `http://localhost:${e2ePort}`;

/** `gateway user set-role` against the running e2e server's data directory (the CLI joins its PostgreSQL). */
export async function setRole(email: string, role: string) {
  await promisify(execFile)("node_modules/.bin/node", ["cli/gateway.ts", "user", "set-role", email, role], {
    env: { ...process.env, DATA_DIR: e2eDataDir },
  });
}

/** Signs up (and so in) through Better Auth's endpoint, as the sign-up form does. */
export async function signUp(page: Page, email: string, name: string) {
  const response = await page.request.post("/api/auth/sign-up/email", {
    data: { email, password, name },
    headers: { origin },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A city admin: signed up, given the role at the CLI, signed in again (the session caches the role). */
export async function signInAsAdmin(page: Page, email: string) {
  await signUp(page, email, "박시청");
  await setRole(email, "admin");
  const response = await page.request.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin },
  });
  expect(response.status()).toBe(200);
}

/** The id of the organization with this external id. */
export async function organizationId(page: Page, externalId: string): Promise<string> {
  const response = await page.request.get(`/api/v1/organizations?externalId=${externalId}`);
  return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
}

/** Signs up a person who becomes a member of `externalId` through a claim a city admin (signed in on `admin`) approves. */
export async function signInAsMemberOf(page: Page, admin: Page, externalId: string, email: string) {
  const id = await organizationId(page, externalId);
  await signUp(page, email, "김회원");
  const claim = await page.request.post(`/api/v1/organizations/${id}/claims`, { headers: { origin } });
  expect(claim.status()).toBeLessThan(300);
  await admin.goto("/admin/users");
  await admin.getByRole("row").filter({ hasText: email }).getByRole("button", { name: "승인" }).click();
  await expect(admin.getByRole("status")).toHaveText("요청을 처리했습니다.");
  return id;
}
