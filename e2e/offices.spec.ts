import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";
import { signInAsAdmin, signInAsMemberOf, signUp } from "./people.ts";

/** The demo data's LA office desk: the office serving the US market. */
async function laOffice(page: Page): Promise<string> {
  const response = await page.request.get("/api/v1/offices?country=US");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
}

// The reader sits in Korea: the office's hours are shown in Los Angeles time and in theirs.
test.use({ timezoneId: "Asia/Seoul" });

test("the LA office's page says when it is open, in its time and the reader's, in Korean and English", async ({
  page,
  problems,
}) => {
  await page.goto("/offices");
  await expect(page.getByRole("heading", { level: 1, name: "해외사무소 원스톱 지원" })).toBeVisible();
  const card = page.getByRole("article", { name: "대구시 LA 사무소" });
  await expect(card).toContainText("미국");
  await expect(card).toContainText("월–금 09:00–18:00 (America/Los_Angeles)");
  await expect(card.getByTestId("office-open")).toHaveText(/^지금 (업무 중|업무 시간 아님)$/);
  await expectNoViolations(page);
  await waitForHydration(page);
  await card.getByRole("link", { name: "대구시 LA 사무소" }).click();
  await expect(page).toHaveURL(/\/offices\/[0-9a-f-]{36}$/);

  await expect(page.getByRole("heading", { level: 1, name: "대구시 LA 사무소" })).toBeVisible();
  await expect(page.getByText("Daegu City LA Office")).toBeVisible();
  await expect(page.getByText(/현지 시각 \d\d:\d\d \(America\/Los_Angeles\)/)).toBeVisible();
  const tuesday = page.getByTestId("hours-2");
  await expect(tuesday.getByRole("rowheader")).toHaveText("화요일");
  await expect(tuesday.getByRole("cell").first()).toHaveText("09:00–18:00");
  // 09:00 in Los Angeles is 01:00 (daylight saving) or 02:00 the next morning in Seoul.
  await expect(tuesday.getByTestId("reader-time")).toHaveText(/^수 0[12]:00–1[01]:00$/);
  await expect(page.getByRole("columnheader", { name: "내 시간 (Asia/Seoul)" })).toBeVisible();
  await expect(page.getByTestId("hours-6").getByRole("cell").first()).toHaveText("휴무");
  await expect(page.getByTestId("office-services")).toContainText("인증 (FDA 식품시설 등록, 510(k) 등)");
  await expect(page.getByTestId("sla-high")).toContainText("4시간");
  await expect(page.getByTestId("sla-high")).toContainText("32시간");
  await expect(page.getByRole("heading", { level: 2, name: "앞으로 60일 동안의 휴무일" })).toBeVisible();
  // Visitors are told how to ask; the office's work pages are not offered to them.
  await expect(page.getByRole("link", { name: "로그인하고 지원 요청하기" })).toBeVisible();
  await expect(page.getByRole("link", { name: "사무소 설정" })).toHaveCount(0);
  await expectNoViolations(page);

  await page.goto(`/en${new URL(page.url()).pathname}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Daegu City LA Office" })).toBeVisible();
  await expect(page.getByTestId("office-countries")).toHaveText("United States");
  await expect(page.getByTestId("hours-2").getByRole("rowheader")).toHaveText("Tuesday");
  await expect(page.getByTestId("hours-2").getByTestId("reader-time")).toHaveText(/^Wed 0[12]:00–1[01]:00$/);
  await expect(page.getByTestId("hours-0").getByRole("cell").first()).toHaveText("Closed");
  await expect(page.getByTestId("sla-urgent")).toContainText("1 h");
  await expect(page.getByTestId("office-services")).toContainText("Buyer matching");
  await expect(
    page.getByRole("heading", { level: 2, name: "Closed days in the next 60 days" }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Daegu City LA Office — One-stop support abroad/);
  await expectNoViolations(page);
  await page.waitForLoadState("networkidle");
  expect(await problems.list()).toEqual([]);
});

test("a city admin changes Monday's hours and the urgent first response, and the office page shows them", async ({
  page,
  browser,
  problems,
}) => {
  const id = await laOffice(page);
  await signInAsAdmin(page, `office-admin-${Date.now()}@example.kr`);
  await page.goto(`/offices/${id}`);
  await page.getByRole("link", { name: "사무소 설정" }).click();
  await expect(page).toHaveURL(new RegExp(`/offices/${id}/settings$`));
  await expect(page.getByRole("heading", { level: 1, name: "대구시 LA 사무소 설정" })).toBeVisible();
  await expect(page.getByLabel("월요일 시작")).toHaveValue("09:00");
  await expect(page.getByLabel("긴급 첫 응답 (시간)")).toHaveValue("1");
  await expectNoViolations(page);

  await waitForHydration(page);
  await page.getByLabel("월요일 시작").fill("10:00");
  await page.getByLabel("월요일 종료").fill("17:00");
  await page.getByLabel("긴급 첫 응답 (시간)").fill("2");
  await page.getByRole("button", { name: "설정 저장" }).click();

  await expect(page).toHaveURL(new RegExp(`/offices/${id}\\?notice=saved$`));
  await expect(page.getByRole("status")).toHaveText("저장했습니다.");
  await expect(page.getByTestId("hours-1").getByRole("cell").first()).toHaveText("10:00–17:00");
  await expect(page.getByTestId("sla-urgent")).toContainText("2시간");
  // The API says the same, in business minutes.
  const office = await (await page.request.get(`/api/v1/offices/${id}`)).json();
  expect(office.hours[1]).toEqual({ start: "10:00", end: "17:00" });
  expect(office.slaTargets.urgent.firstResponseMinutes).toBe(120);

  // A member of the office's organization is staff: the admin records what they handle.
  const memberContext = await browser.newContext();
  try {
    const member = await memberContext.newPage();
    await signInAsMemberOf(
      member,
      page,
      "daegu-la-office",
      `office-staff-${Date.now()}@example.kr`,
      "이통역",
    );
  } finally {
    await memberContext.close();
  }
  await page.goto(`/offices/${id}/settings`);
  const row = page.getByRole("row").filter({ hasText: "이통역" });
  await expect(row.getByRole("checkbox", { name: "통역 (이통역)" })).not.toBeChecked();
  await expect(row.getByRole("checkbox", { name: "배정 가능 (이통역)" })).toBeChecked();
  await waitForHydration(page);
  await row.getByRole("checkbox", { name: "통역 (이통역)" }).check();
  await row.getByRole("checkbox", { name: "배정 가능 (이통역)" }).uncheck();
  await row.getByRole("button", { name: "저장 (이통역)" }).click();
  await expect(page.getByRole("status")).toHaveText("이통역의 담당 분야를 저장했습니다.");
  await expect(row.getByRole("checkbox", { name: "통역 (이통역)" })).toBeChecked();
  await expect(row.getByRole("checkbox", { name: "배정 가능 (이통역)" })).not.toBeChecked();
  await expectNoViolations(page);

  // Someone who is neither the city admin nor an owner of the office gets the 403 page.
  const other = await browser.newContext();
  try {
    const visitor = await other.newPage();
    await signUp(visitor, `office-visitor-${Date.now()}@example.kr`, "정방문");
    const response = await visitor.goto(`/offices/${id}/settings`);
    expect(response?.status()).toBe(403);
    await expect(
      visitor.getByRole("heading", { level: 1, name: "사무소 설정 권한이 없습니다" }),
    ).toBeVisible();
  } finally {
    await other.close();
  }
  expect(await problems.list()).toEqual([]);
});

test("a settings form with a bad time zone and a malformed time names both fields, without JavaScript too", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: "Asia/Seoul" });
  try {
    const page = await context.newPage();
    const id = await laOffice(page);
    await signInAsAdmin(page, `office-typo-${Date.now()}@example.kr`);
    await page.goto(`/en/offices/${id}/settings`);
    await page.getByLabel("Time zone").fill("Mars/Olympus");
    await page.getByLabel("Wednesday opens").fill("9");
    await page.getByRole("button", { name: "Save settings" }).click();

    await expect(page.getByRole("alert").first()).toHaveText(
      "Please check the input: the reason is given next to each field.",
    );
    await expect(page.getByLabel("Time zone")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("must be an IANA time zone such as America/Los_Angeles")).toBeVisible();
    await expect(page.getByLabel("Wednesday opens")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("must be a time HH:MM such as 09:00")).toBeVisible();
    // What was typed stays, and nothing was saved.
    await expect(page.getByLabel("Time zone")).toHaveValue("Mars/Olympus");
    const office = await (await page.request.get(`/api/v1/offices/${id}`)).json();
    expect(office.timeZone).toBe("America/Los_Angeles");

    await page.goto(`/offices/${id}/settings`);
    await page.getByLabel("긴급 해결 (시간)").fill("0");
    await page.getByRole("button", { name: "설정 저장" }).click();
    await expect(page.getByLabel("긴급 해결 (시간)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("0보다 큰 시간을 숫자로 적어 주세요")).toBeVisible();
  } finally {
    await context.close();
  }
});
