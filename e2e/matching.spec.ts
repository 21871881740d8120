import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";
import { signInAsAdmin, signInAsMemberOf } from "./people.ts";
import { opportunityId } from "./records.ts";

const cards = (page: Page) => page.getByRole("article");

test.describe("matching", () => {
  test("Meta sees frame makers for its AI glasses post, dismisses one; a frame maker sees the post with reasons", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(150_000);
    const run = Date.now().toString(36);
    const admin = await (await browser.newContext()).newPage();
    await signInAsAdmin(admin, `city-matching-${run}@example.kr`);
    const glasses = await opportunityId(page, "meta-ai-glasses-frame-oem-2027");
    const candidatesPath = `/opportunities/${glasses}/candidates`;

    await test.step("a Meta member sees Daegu frame makers with the evidence of both sides", async () => {
      await signInAsMemberOf(page, admin, "meta", `scout-${run}@example.kr`);
      await page.goto(candidatesPath);
      await waitForHydration(page);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("후보 기업");
      const first = cards(page).first();
      await expect(first.getByText(/적합도 \d+%/)).toBeVisible();
      await expect(first.getByText("맞는 이유")).toBeVisible();
      await expect(cards(page).filter({ hasText: "한빛옵틱스" }).first()).toBeVisible();
      await expect(page.getByText(/안경테/).first()).toBeVisible();
      await expectNoViolations(page);
    });

    await test.step("marking one not useful asks why, then removes it for good", async () => {
      const first = cards(page).first();
      const name = (await first.getByRole("heading", { level: 3 }).textContent())!.trim();
      await first.getByRole("button", { name: `유용하지 않음: ${name}` }).click();
      await expect(page.getByRole("status")).toHaveText("유용하지 않은 이유를 골라 주세요.");
      const again = cards(page).filter({ has: page.getByRole("heading", { level: 3, name }) });
      await again.getByLabel(`유용하지 않은 이유 (${name})`).selectOption("already-known");
      await again.getByRole("button", { name: `유용하지 않음: ${name}` }).click();
      await expect(page.getByRole("status")).toContainText("다시 나오지 않습니다");
      await expect(page.getByRole("heading", { level: 3, name, exact: true })).toHaveCount(0);
      await page.reload();
      await expect(page.getByRole("heading", { level: 3, name, exact: true })).toHaveCount(0);
    });

    const company = await (await browser.newContext()).newPage();
    await test.step("a member of a Daegu frame maker sees the post among its matches, in both languages", async () => {
      await signInAsMemberOf(company, admin, "hanbit-optics", `maker-${run}@example.kr`);
      await company.goto("/matches");
      await waitForHydration(company);
      await expect(company.getByRole("heading", { level: 1 })).toHaveText("나에게 맞는 기회");
      const post = cards(company).filter({ hasText: "AI 안경" }).first();
      await expect(post).toBeVisible();
      await expect(post.getByText(/안경테/).first()).toBeVisible();
      await expect(post.getByRole("link", { name: /소개 요청/ })).toHaveAttribute(
        "href",
        `/introductions/new?opportunityId=${glasses}`,
      );
      await expectNoViolations(company);
      await company.goto("/en/matches");
      await expect(company.getByRole("heading", { level: 1 })).toHaveText("Matches for you");
      await expect(company.getByText("Why it fits").first()).toBeVisible();
    });

    await test.step("on the post's own page the member sees how it fits the company, and marks it useful", async () => {
      await company.goto(`/opportunities/${glasses}`);
      await waitForHydration(company);
      const fit = company.getByRole("region", { name: "우리 기업과 얼마나 맞나요" });
      await expect(fit.getByText(/적합도 \d+%/)).toBeVisible();
      await expect(
        fit.getByText(/기회에 ‘.+’, ㈜한빛옵틱스 프로필에 ‘(안경테|스마트안경)/).first(),
      ).toBeVisible();
      await expectNoViolations(company);
      await fit.getByRole("button", { name: /^유용함:/ }).click();
      await expect(company).toHaveURL(new RegExp(`/opportunities/${glasses}\\?saved=1$`));
      await expect(fit.getByText("유용하다고 표시함")).toBeVisible();
    });

    await test.step("the company may not see Meta's candidates", async () => {
      const refused = await company.goto(candidatesPath);
      expect(refused?.status()).toBe(403);
      await expect(company.getByRole("heading", { level: 1 })).toHaveText("후보 기업을 볼 수 없습니다");
    });
    expect(await problems.list()).toEqual([]);
  });
});
