import { expectNoViolations } from "./axe.ts";
import { expect, expectNoSidewaysScroll, test, waitForHydration } from "./fixtures.ts";
import { claimMembership, signInAsAdmin, signUp } from "./people.ts";
import { organizationId } from "./records.ts";

const oldSummary = "넥타이·스카프용 고밀도 자카드 직물을 짜는 직물 기업.";
const newSummary = "넥타이와 스카프용 실크 자카드를 짜는 대구의 직물 기업, 이제 친환경 염색까지.";

test.describe("editing and curation", () => {
  test("a member's edit goes live, waits in the city's queue, and is reverted", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(120_000);
    const run = Date.now();
    const adminEmail = `curator-${run}@example.kr`;
    const memberEmail = `weaver-${run}@example.kr`;
    const textile = await organizationId(page, "daemyung-textile");
    const editPath = `/organizations/${textile}/edit`;

    await test.step("visitors are sent to sign in; people who are not members get 403", async () => {
      await page.goto(editPath);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(editPath)}$`));
      await signUp(page, memberEmail, "최직물");
      const refused = await page.goto(editPath);
      expect(refused?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("이 프로필을 수정할 권한이 없습니다");
    });

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await test.step("the member claims the organization and the city approves", async () => {
      await signInAsAdmin(admin, adminEmail);
      await claimMembership(page, admin, textile, memberEmail);
    });

    await test.step("the member edits the summary: saved, live, with a notice in Korean", async () => {
      await page.goto(editPath);
      await waitForHydration(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("대명직물 프로필 수정");
      const summary = page.getByLabel("한 줄 소개 (한국어)");
      await expect(summary).toHaveValue(oldSummary);
      await expectNoViolations(page);
      await expectNoSidewaysScroll(page);
      await summary.fill(newSummary);
      await page.getByRole("button", { name: "변경 내용 저장" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "저장했습니다. 공개 항목의 변경은 바로 반영되었고 대구광역시가 검토합니다.",
      );
      await expect(page.getByLabel("한 줄 소개 (한국어)")).toHaveValue(newSummary);
      await page.goto(`/organizations/${textile}`);
      await expect(page.getByText(newSummary).first()).toBeVisible();
    });

    await test.step("an invalid website is refused next to the field, in Korean, and nothing is saved", async () => {
      await page.goto(editPath);
      await waitForHydration(page);
      await page.getByLabel("웹사이트").fill("대명직물 홈페이지");
      await page.getByRole("button", { name: "변경 내용 저장" }).click();
      await expect(page.getByRole("alert").first()).toContainText("입력값을 확인해 주세요");
      const website = page.getByLabel("웹사이트");
      await expect(website).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText("https:// 또는 http://로 시작하는 웹 주소여야 합니다")).toBeVisible();
      await expect(website).toHaveValue("대명직물 홈페이지");
      await expectNoViolations(page);
      const saved = await page.request.get(`/api/v1/organizations/${textile}`);
      expect((await saved.json()).website).toBeNull();
    });

    await test.step("the English editor speaks English", async () => {
      await page.goto(`/en${editPath}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Daemyung Textile");
      await expect(page.getByLabel("Summary (Korean)")).toHaveValue(newSummary);
      await expectNoViolations(page);
    });

    await test.step("the city sees the pending edit, before → after, and reverts it", async () => {
      await admin.goto("/admin/reviews");
      const card = admin.getByRole("article").filter({ hasText: "대명직물" });
      await expect(card).toHaveCount(1);
      await expect(card).toContainText(`수정한 사람: ${memberEmail}`);
      const row = card.getByRole("row", { name: /한 줄 소개 \(한국어\)/ });
      await expect(row).toContainText(oldSummary);
      await expect(row).toContainText(newSummary);
      await expectNoViolations(admin);
      await expectNoSidewaysScroll(admin);
      await waitForHydration(admin);
      await card.getByLabel(/메모/).fill("사실 확인 필요");
      await card.getByRole("button", { name: /되돌리기/ }).click();
      await expect(admin.getByRole("status")).toContainText("되돌렸습니다");
      await expect(admin.getByRole("article").filter({ hasText: "대명직물" })).toHaveCount(0);
      await admin.getByRole("link", { name: "되돌림" }).click();
      const reverted = admin.getByRole("article").filter({ hasText: "대명직물" }).first();
      await expect(reverted).toContainText("사실 확인 필요");
    });

    await test.step("the profile shows the old text again", async () => {
      await page.goto(`/organizations/${textile}`);
      await expect(page.getByText(oldSummary).first()).toBeVisible();
      await expect(page.getByText(newSummary)).toHaveCount(0);
    });

    await test.step("duplicates page and the English reviews page are accessible", async () => {
      await admin.goto("/admin/duplicates");
      await expect(admin.getByRole("heading", { level: 1 })).toHaveText("중복으로 보이는 기관");
      await expect(
        admin.getByRole("navigation", { name: "관리자 메뉴" }).getByRole("link", { name: "중복 기관" }),
      ).toHaveAttribute("aria-current", "page");
      await expectNoViolations(admin);
      await admin.goto("/en/admin/reviews?status=reverted");
      await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Profile edits to review");
      await expectNoViolations(admin);
      await admin.goto("/en/admin/duplicates");
      await expectNoViolations(admin);
    });

    await test.step("without JavaScript, the editor still saves and reports field errors", async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        storageState: await page.context().storageState(),
      });
      const plain = await context.newPage();
      await plain.goto(editPath);
      await plain.getByLabel("설립 연도").fill("천구백칠십구");
      await plain.getByRole("button", { name: "변경 내용 저장" }).click();
      await expect(plain.getByText("숫자만 입력해 주세요")).toBeVisible();
      await plain.getByLabel("설립 연도").fill("1979");
      await plain.getByLabel("연락 이메일").fill("hello@daemyung.example");
      await plain.getByRole("button", { name: "변경 내용 저장" }).click();
      await expect(plain.getByRole("status")).toHaveText("저장했습니다.");
      await expect(plain.getByLabel("연락 이메일")).toHaveValue("hello@daemyung.example");
      await context.close();
    });

    await adminContext.close();
    // The 403 and the refused forms above answer 403/400 on purpose; Chromium logs those. Nothing else.
    const expected = /status of (403|400) /;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
  });
});
