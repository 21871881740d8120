import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";
import { expect, expectNoSidewaysScroll, test, waitForHydration } from "./fixtures.ts";
import { signInAsAdmin, signUp } from "./people.ts";

/** The demo data's LA office desk. */
async function laOffice(page: Page): Promise<string> {
  const response = await page.request.get("/api/v1/offices?country=US");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
}

test("a city officer reads the LA office's dashboard: figures, charts with tables, a chosen period, both languages", async ({
  page,
  problems,
}) => {
  const id = await laOffice(page);
  await signInAsAdmin(page, `dashboard-admin-${Date.now()}@example.kr`);
  await page.goto(`/offices/${id}/dashboard`);
  await expect(page.getByRole("heading", { level: 1, name: "대구시 LA 사무소 지원 현황" })).toBeVisible();
  await expect(page.getByTestId("dashboard-period")).toHaveText(
    /^\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2} \(America\/Los_Angeles\)$/,
  );
  for (const figure of [
    "open",
    "at-risk",
    "first-response",
    "resolution",
    "median",
    "breaches",
    "satisfaction",
  ]) {
    await expect(page.getByTestId(`figure-${figure}`)).toBeVisible();
  }
  await expect(page.getByTestId("figure-open").locator(".od-figure-value")).toHaveText(/^\d+$/);
  // Each chart is an image with a name; the figures are also in tables.
  await expect(page.getByRole("img", { name: "상태별 처리 중인 요청" })).toBeVisible();
  await expect(page.getByRole("img", { name: "주별 접수·해결" })).toBeVisible();
  await expect(page.getByRole("img", { name: "주별 SLA 준수율" })).toBeVisible();
  const weekly = page.getByTestId("weekly-table");
  await weekly.getByText("표로 보기").click();
  // Twelve weeks by default, each starting on a Monday.
  await expect(weekly.getByRole("row")).toHaveCount(13);
  await expectNoViolations(page);
  await waitForHydration(page);

  // A period of two weeks in the office's dates (the end date included).
  await page.getByLabel("시작일").fill("2026-03-02");
  await page.getByLabel("종료일").fill("2026-03-15");
  await page.getByRole("button", { name: "적용" }).click();
  await expect(page).toHaveURL(/from=2026-03-02&to=2026-03-15/);
  await expect(page.getByTestId("dashboard-period")).toHaveText(
    "2026-03-02 – 2026-03-15 (America/Los_Angeles)",
  );
  // The table stays open across the navigation (the same element, kept by React).
  await expect(page.getByTestId("weekly-table").getByRole("row")).toHaveCount(3);

  // A wrong date is named, and the default period is shown instead.
  await page.goto(`/offices/${id}/dashboard?from=2026-02-30`);
  await expect(page.getByRole("alert")).toHaveText("YYYY-MM-DD 형식의 날짜를 입력해 주세요");
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);

  await page.goto(`/en/offices/${id}/dashboard`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("heading", { level: 1, name: "Daegu City LA Office: support dashboard" }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: "Open requests by status" })).toBeVisible();
  await expect(page.getByTestId("figure-first-response")).toContainText("First-response compliance");
  await expectNoViolations(page);
  await page.waitForLoadState("networkidle");
  expect(await problems.list()).toEqual([]);
});

test("someone who is not the office's staff gets the 403 page", async ({ page }) => {
  const id = await laOffice(page);
  await signUp(page, `dashboard-visitor-${Date.now()}@example.kr`, "김방문");
  const response = await page.goto(`/offices/${id}/dashboard`);
  expect(response?.status()).toBe(403);
  await expect(
    page.getByRole("heading", { level: 1, name: "이 사무소의 현황은 볼 수 없습니다" }),
  ).toBeVisible();
  await expectNoViolations(page);
});
