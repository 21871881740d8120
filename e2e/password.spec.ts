import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";
import { latestMailLink, mailCount } from "./mail-outbox.ts";

// Sign-up (3/min), sign-in (5/min) and reset requests (3/min) are limited per client address across the
// whole run: this file signs up once, asks for two links and signs in once.
const firstPassword = "daegu-lanterns-2026!";
const newPassword = "suseong-lake-at-dusk-7";

test.describe("password", () => {
  test("forget the password, set a new one from the mailed link, sign in with it", async ({
    page,
    problems,
  }) => {
    const email = `forgetful-${Date.now()}@example.kr`;
    await page.goto("/sign-up");
    await waitForHydration(page);
    await page.getByLabel("이름").fill("박잊음");
    await page.getByLabel("이메일").fill(email);
    await page.locator('input[name="password"]').fill(firstPassword);
    await page.getByRole("button", { name: "회원가입" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await page.context().clearCookies();

    await page.goto("/sign-in");
    await waitForHydration(page);
    await page.getByRole("link", { name: "비밀번호를 잊으셨나요?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole("heading", { level: 1, name: "비밀번호 재설정" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByLabel("이메일").fill(email);
    await page.getByRole("button", { name: "재설정 링크 받기" }).click();
    await expect(page.getByRole("status")).toHaveText(
      `${email}(으)로 가입된 계정이 있다면 비밀번호 재설정 링크를 보냈습니다. 메일함을 확인해 주세요.`,
    );
    await expectNoViolations(page);

    // The mail is queued in the background; the e2e server has no SMTP, so the outbox row is the delivery.
    await expect.poll(() => latestMailLink(email, "reset-password")).toMatch(/\/api\/auth\/reset-password\//);
    const link = (await latestMailLink(email, "reset-password"))!;
    await page.goto(link);
    await expect(page).toHaveURL(/:\d+\/reset-password\?token=/);
    await waitForHydration(page);
    await expectNoViolations(page);

    await page.getByLabel("새 비밀번호").fill("1234567890");
    await page.getByRole("button", { name: "비밀번호 변경" }).click();
    await expect(page.getByText("너무 흔한 비밀번호입니다. 다른 비밀번호를 골라 주세요.")).toBeVisible();

    await page.getByLabel("새 비밀번호").fill(newPassword);
    await page.getByRole("button", { name: "비밀번호 변경" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
    await expect(page.getByRole("status")).toHaveText(
      "비밀번호를 바꿨고 모든 기기에서 로그아웃했습니다. 새 비밀번호로 로그인해 주세요.",
    );
    await expectNoViolations(page);

    await page.getByLabel("이메일").fill(email);
    await page.locator('input[name="password"]').fill(newPassword);
    await page.getByRole("button", { name: "로그인" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "내 계정" })).toBeVisible();

    // A link works once: opened again, it asks for a new one.
    await page.goto(link);
    await expect(page).toHaveURL(/\/reset-password\?error=INVALID_TOKEN$/);
    await expect(page.getByRole("alert")).toHaveText(
      "비밀번호 재설정 링크가 올바르지 않거나 만료되었습니다. 새 링크를 받아 주세요.",
    );
    await expect(page.getByRole("link", { name: "새 재설정 링크 받기" })).toHaveAttribute(
      "href",
      "/forgot-password",
    );
    // The refused common password answers 400 on purpose; Chromium logs that. Nothing else may appear.
    const expected = /status of 400 .*\/reset-password\.data/;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
  });

  test("in English and without JavaScript: an unknown address gets the same answer, a dead link a new one", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = `nobody-${Date.now()}@example.kr`;
    await page.goto("/en/forgot-password");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status")).toHaveText(
      `If an account exists for ${email}, we have sent it a link to reset the password. Please check your inbox.`,
    );
    expect(await mailCount(email)).toBe(0);

    await page.goto("/en/reset-password");
    await expect(page.getByRole("alert")).toHaveText(
      "This password reset link is not valid or has expired. Please request a new one.",
    );
    await expect(page.getByRole("link", { name: "Request a new reset link" })).toHaveAttribute(
      "href",
      "/en/forgot-password",
    );

    await page.goto("/en/reset-password?token=not-a-real-token");
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "This password reset link is not valid or has expired. Please request a new one.",
    );
    await context.close();
  });

  test("both pages in English pass axe", async ({ page }) => {
    // axe runs in the page, so this one keeps JavaScript on.
    await page.goto("/en/forgot-password");
    await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
    await expectNoViolations(page);
    await page.goto("/en/reset-password?token=not-a-real-token");
    await expect(page.getByLabel("New password")).toBeVisible();
    await expectNoViolations(page);
    await page.goto("/en/reset-password");
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoViolations(page);
  });
});
