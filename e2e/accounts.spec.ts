import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";

const password = "daegu-frames-2026!";

test.describe("accounts", () => {
  test("sign up, see my devices, sign out, fail and then succeed to sign in", async ({ page, problems }) => {
    const email = `founder-${Date.now()}@example.kr`;
    await page.goto("/sign-up");
    await waitForHydration(page);
    await page.getByLabel("이름").fill("김창업");
    await page.getByLabel("이메일").fill(email);
    await page.locator('input[name="password"]').fill("short");
    await page.getByRole("button", { name: "회원가입" }).click();
    await expect(page.getByText("비밀번호는 10자 이상이어야 합니다.")).toBeVisible();

    await page.locator('input[name="password"]').fill(password);
    await page.getByRole("button", { name: "회원가입" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(`${email}(으)로 로그인했습니다.`)).toBeVisible();
    await expect(page.getByText("지금 이 기기")).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole("button", { name: "로그아웃" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "로그인" })).toBeVisible();

    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await page.getByLabel("이메일").fill(email);
    await page.locator('input[name="password"]').fill("wrong-password-42");
    await page.getByRole("button", { name: "로그인" }).click();
    await expect(page.getByRole("alert")).toHaveText("이메일 또는 비밀번호가 올바르지 않습니다.");

    await page.locator('input[name="password"]').fill(password);
    await page.getByRole("button", { name: "로그인" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await page.getByLabel("지금 비밀번호").fill("not-my-password-1");
    await page.locator('input[name="password"]').fill("daegu-new-frames-2027!");
    await page.getByRole("button", { name: "비밀번호 바꾸기" }).click();
    await expect(page.getByRole("alert")).toHaveText("지금 비밀번호가 올바르지 않습니다.");
    await page.getByLabel("지금 비밀번호").fill(password);
    await page.locator('input[name="password"]').fill("daegu-new-frames-2027!");
    await page.getByRole("button", { name: "비밀번호 바꾸기" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "비밀번호를 바꿨습니다. 다른 기기에서는 로그아웃되었습니다.",
    );
    await expect(page.getByText("지금 이 기기")).toBeVisible();
    await expectNoViolations(page);

    // The refused sign-up, sign-in and password change above answer 400 on purpose; Chromium logs those.
    const expected = /status of 400 .*\/(sign-up|sign-in|account)\.data/;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
  });

  test("the sign-in form works without JavaScript and in English", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("E-mail").fill("nobody@example.kr");
    await page.locator('input[name="password"]').fill("wrong-password-42");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("The e-mail or password is not right.");
    await context.close();
  });

  test("refuses a form posted from another site", async ({ request }) => {
    const response = await request.post("/sign-in", {
      headers: { origin: "https://evil.example" },
      form: { email: "a@b.kr", password: "whatever-123" },
    });
    expect(response.status()).toBe(403);
  });
});
