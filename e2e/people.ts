import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import { organizationId } from "./records.ts";
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

/**
 * The person signed in on `page` claims the organization `id`, and a city admin (signed in on `admin`)
 * approves the claim on the people page.
 */
export async function claimMembership(page: Page, admin: Page, id: string, email: string) {
  const claim = await page.request.post(`/api/v1/organizations/${id}/claims`, { headers: { origin } });
  expect(claim.status()).toBeLessThan(300);
  await admin.goto("/admin/users");
  await admin.getByRole("row").filter({ hasText: email }).getByRole("button", { name: "승인" }).click();
  await expect(admin.getByRole("status")).toHaveText("요청을 처리했습니다.");
}

/**
 * Signs up a person who becomes a member of `externalId` through a claim a city admin (signed in on `admin`)
 * approves; answers the organization's id. `name` is the person's display name.
 */
export async function signInAsMemberOf(
  page: Page,
  admin: Page,
  externalId: string,
  email: string,
  name = "김회원",
): Promise<string> {
  const id = await organizationId(page, externalId);
  await signUp(page, email, name);
  await claimMembership(page, admin, id, email);
  return id;
}
