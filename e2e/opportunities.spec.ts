import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";
import { signInAsAdmin, signInAsMemberOf, signUp } from "./people.ts";

const results = (page: Page) => page.getByTestId("opportunity-results").locator(":scope > li");

test.describe("opportunities", () => {
  test("a partner's member posts in Korean, is found in English, edits and closes the call", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(120_000);
    const run = Date.now().toString(36);
    const title = `뿔테 안경테 소량 생산 파트너 모집 ${run}`;
    const english = `Acetate eyewear frame makers for small batches ${run}`;

    const adminContext = await browser.newContext();
    await test.step("a member of Meta (a partner) signs in", async () => {
      const admin = await adminContext.newPage();
      await signInAsAdmin(admin, `city-frames-${run}@example.kr`);
      await signInAsMemberOf(page, admin, "meta", `frames-${run}@example.kr`, "김파트너");
    });

    await test.step("the form names the field of each problem, in Korean", async () => {
      await page.goto("/opportunities");
      await page.getByRole("link", { name: "협력 기회 올리기" }).click();
      await expect(page).toHaveURL(/\/opportunities\/new$/);
      await waitForHydration(page);
      await expect(page.getByTestId("opportunity-owner")).toHaveText("메타 이름으로 올립니다.");
      await page.getByLabel("대상 시장").fill("USA");
      await page.getByRole("button", { name: "올리기", exact: true }).click();
      await expect(page.getByRole("alert").first()).toContainText("입력값을 확인해 주세요");
      await expect(page.getByLabel("제목 (한국어)")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText("한국어(ko) 또는 영어(en) 중 하나 이상이 필요합니다")).toBeVisible();
      await expect(page.getByText("KR, US 같은 ISO 3166-1 두 글자 국가 코드여야 합니다")).toBeVisible();
      await expect(page.getByLabel("대상 시장")).toHaveValue("USA");
      await expectNoViolations(page);
    });

    await test.step("posts a Korean-only opportunity and lands on its page", async () => {
      await page.getByLabel("제목 (한국어)").fill(title);
      await page
        .getByLabel("설명 (한국어)")
        .fill("아세테이트 뿔테와 티타늄 안경테를 소량 다품종으로 생산할 대구의 제조사를 찾습니다.");
      await page.getByLabel("유형").selectOption({ label: "OEM 소싱" });
      await page.getByLabel("마감일").fill("2099-12-31");
      await page.getByLabel("대상 시장").fill("us, jp");
      await page.getByRole("checkbox", { name: "안경테", exact: true }).check();
      await page.getByRole("checkbox", { name: "시드", exact: true }).check();
      await page.getByRole("button", { name: "올리기", exact: true }).click();
      await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]{36}\?notice=created$/);
      await expect(page.getByRole("status")).toHaveText("협력 기회를 올렸습니다.");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("link", { name: "메타" })).toHaveAttribute(
        "href",
        /\/organizations\/[0-9a-f-]{36}$/,
      );
      await expect(page.getByRole("link", { name: "추천 기업 보기" })).toHaveAttribute(
        "href",
        /\/opportunities\/[0-9a-f-]{36}\/candidates$/,
      );
      await expectNoViolations(page);
    });

    await test.step("an English search finds it by meaning, marked as Korean only", async () => {
      await page.goto("/en/opportunities");
      await waitForHydration(page);
      const box = page.getByRole("searchbox", { name: "Search opportunities" });
      await box.fill("eyewear frame");
      await box.press("Enter");
      await expect(page).toHaveURL(/\/en\/opportunities\?q=eyewear\+frame$/);
      const card = results(page).filter({ hasText: title });
      await expect(card).toHaveCount(1);
      await expect(card.getByText("In Korean only")).toBeVisible();
      await expect(card.getByText("OEM sourcing")).toBeVisible();
      await expect(card).toContainText("Deadline 31 December 2099");
      await expect(card).toContainText("United States, Japan");
      await expectNoViolations(page);
      await card.getByRole("link", { name: title }).click();
      await expect(page).toHaveURL(/\/en\/opportunities\/[0-9a-f-]{36}$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    });

    await test.step("edits it in English: both languages are shown", async () => {
      await page.getByRole("link", { name: "Edit", exact: true }).click();
      await expect(page).toHaveURL(/\/en\/opportunities\/[0-9a-f-]{36}\/edit$/);
      await waitForHydration(page);
      await expect(page.getByLabel("Title (Korean)")).toHaveValue(title);
      await page.getByLabel("Title (English)").fill(english);
      await page.getByRole("checkbox", { name: /Machine-translated.*Title, English/ }).check();
      await expectNoViolations(page);
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(english);
      await expect(page.getByText(title)).toBeVisible();
      await expect(page.locator("header").getByText("Machine-translated")).toBeVisible();
    });

    await test.step("closes the call: gone from the open list, there with “all”", async () => {
      await page.getByRole("button", { name: "Close this call" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "The call is closed. It no longer shows among open opportunities.",
      );
      await expect(page.locator("header").getByText("Closed", { exact: true })).toBeVisible();
      await page.goto(`/en/opportunities?q=${encodeURIComponent(run)}`);
      await expect(page.getByTestId("opportunities-empty")).toBeVisible();
      await page.getByRole("link", { name: "All (closed included)" }).click();
      await expect(results(page).filter({ hasText: english })).toHaveCount(1);
    });

    await page.waitForLoadState("networkidle");
    // The refused form above answers 400 on purpose; Chromium logs that.
    const expected = /status of 400 .*\/opportunities\/new\.data/;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
    await adminContext.close();
  });

  test("visitors read the list and a page in both languages; unknown ids are 404; only partners post", async ({
    page,
    problems,
  }) => {
    await page.goto("/opportunities");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("협력 기회");
    await expect(page.getByRole("link", { name: "협력 기회 올리기" })).toHaveCount(0);
    await expect(results(page).first()).toBeVisible();
    await expectNoViolations(page);

    await page.goto("/en/opportunities?kind=oem-sourcing&industry=eyewear");
    const card = results(page).filter({ hasText: "Eyewear frame OEM manufacturers for AI glasses" });
    await expect(card).toHaveCount(1);
    await card.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/en\/opportunities\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 2, name: "Description (English)" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Description (Korean)" })).toBeVisible();
    await expect(page.getByTestId("opportunity-manage")).toHaveCount(0);
    await expect(page).toHaveTitle(/Eyewear frame OEM manufacturers .* — Meta — Daegu Global Gateway/);
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute(
      "href",
      /\/opportunities\//,
    );
    await expectNoViolations(page);

    const korean = page.url().replace("/en/", "/");
    await page.goto(korean);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "AI 안경 양산을 위한 안경테 OEM 제조사 모집",
    );
    await expectNoViolations(page);

    const missing = await page.goto("/opportunities/00000000-0000-7000-8000-000000000000");
    expect(missing?.status()).toBe(404);
    const byExternalId = await page.request.get("/opportunities/meta-ai-glasses-frame-oem-2027", {
      maxRedirects: 0,
    });
    expect(byExternalId.status()).toBe(301);

    await page.goto("/opportunities/new");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fopportunities%2Fnew$/);
    await signUp(page, `company-${Date.now().toString(36)}@example.kr`, "이회사");
    const refused = await page.goto("/opportunities/new");
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "협력 기회를 올리거나 수정할 권한이 없습니다",
    );
    // The 404 and 403 above are answers the test asked for; Chromium logs them as failed loads.
    const expected = /status of (403|404)/;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
  });
});
