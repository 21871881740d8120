import { readFile } from "node:fs/promises";
import { expectNoViolations } from "./axe.ts";
import { expect, expectNoSidewaysScroll, test, waitForHydration } from "./fixtures.ts";
import { password, setRole } from "./people.ts";
import { organizationId } from "./records.ts";

test.describe("admin pages", () => {
  test("visitors are sent to sign in, and come back to the page they asked for", async ({
    page,
    request,
  }) => {
    await page.goto("/admin/audit?action=token.create");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faudit%3Faction%3Dtoken.create$/);
    const csv = await request.get("/admin/audit.csv", { maxRedirects: 0 });
    expect(csv.status()).toBe(302);
    expect(csv.headers().location).toMatch(/^\/sign-in\?next=/);
  });

  test("an admin issues and revokes a token, reads the audit log and its CSV, and the outbox", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(90_000);
    const email = `admin-${Date.now()}@example.kr`;
    const tokenName = `e2e-import-${Date.now()}`;

    await test.step("a signed-in member without the admin role gets 403", async () => {
      await page.goto("/sign-up");
      await waitForHydration(page);
      await page.getByLabel("이름").fill("박관리");
      await page.getByLabel("이메일").fill(email);
      await page.locator('input[name="password"]').fill(password);
      await page.getByRole("button", { name: "회원가입" }).click();
      await expect(page).toHaveURL(/\/account$/);

      const response = await page.goto("/admin/tokens");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("이 페이지를 볼 권한이 없습니다");
      const csv = await page.request.get("/admin/audit.csv");
      expect(csv.status()).toBe(403);
      const english = await page.goto("/en/admin/outbox");
      expect(english?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    });

    await test.step("made admin at the CLI, they sign in again (the session caches the role)", async () => {
      await setRole(email, "admin");
      await page.goto("/account");
      await page.getByRole("button", { name: "로그아웃" }).click();
      await expect(page).toHaveURL(/\/$/);
      await page.goto("/admin/tokens");
      await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Ftokens$/);
      await page.getByLabel("이메일").fill(email);
      await page.locator('input[name="password"]').fill(password);
      await page.getByRole("button", { name: "로그인" }).click();
      await expect(page).toHaveURL(/\/admin\/tokens$/);
      await expect(page.getByRole("heading", { level: 1, name: "API 토큰" })).toBeVisible();
      await expectNoViolations(page);
      await expectNoSidewaysScroll(page);
    });

    let token = "";
    await test.step("issue a token: fields are checked, the token is shown once", async () => {
      await waitForHydration(page);
      await page.getByRole("button", { name: "토큰 발급" }).click();
      await expect(page.getByText("이름을 입력해 주세요(100자 이하).")).toBeVisible();
      await expect(page.getByText("역할을 골라 주세요.")).toBeVisible();

      await page.getByRole("textbox", { name: "이름", exact: true }).fill(tokenName);
      await page
        .getByRole("combobox", { name: "역할", exact: true })
        .selectOption({ label: "파트너 구성원" });
      await page.getByLabel("유효 기간(일)").fill("0");
      await page.getByRole("button", { name: "토큰 발급" }).click();
      await expect(page.getByText("1에서 3650 사이의 정수를 입력하거나 비워 두세요.")).toBeVisible();

      await page.getByLabel("유효 기간(일)").fill("30");
      await page.getByRole("button", { name: "토큰 발급" }).click();
      await expect(page.getByText(`토큰 ‘${tokenName}’을(를) 발급했습니다`)).toBeVisible();
      await expect(
        page.getByText("지금 복사해 두세요. 이 토큰은 다시 표시되지 않습니다.", { exact: false }),
      ).toBeVisible();
      token = await page.getByRole("textbox", { name: "새 토큰", exact: true }).inputValue();
      expect(token).toMatch(/^dgg_[\w-]{40,}$/);
      const row = page.getByRole("row").filter({ hasText: tokenName });
      await expect(row).toContainText("파트너 구성원");
      await expect(row).toContainText(token.slice(0, 10));
      await expect(row).toContainText("사용 중");
      await expectNoViolations(page);

      await page.goto("/admin/tokens");
      await expect(page.getByRole("textbox", { name: "새 토큰", exact: true })).toHaveCount(0);
      expect(await page.content()).not.toContain(token);
      const fresh = await page.request.get("/admin/tokens");
      expect(fresh.headers()["cache-control"]).toBe("no-store");
    });

    await test.step("revoke it", async () => {
      await waitForHydration(page);
      await page.getByRole("button", { name: `토큰 ${tokenName} 폐기` }).click();
      await expect(page.getByText(`토큰 ‘${tokenName}’을(를) 폐기했습니다.`, { exact: false })).toBeVisible();
      await expect(page.getByRole("button", { name: `토큰 ${tokenName} 폐기` })).toHaveCount(0);
      await expect(page.getByRole("row").filter({ hasText: tokenName })).not.toContainText("사용 중");
    });

    await test.step("the audit log shows both, filtered by action, with before and after", async () => {
      await page
        .getByRole("navigation", { name: "관리자 메뉴" })
        .getByRole("link", { name: "감사 로그" })
        .click();
      await expect(page).toHaveURL(/\/admin\/audit$/);
      await waitForHydration(page);
      await page.getByRole("textbox", { name: "작업", exact: true }).fill("token.revoke");
      await page.getByRole("button", { name: "검색" }).click();
      await expect(page).toHaveURL(/\/admin\/audit\?action=token\.revoke/);
      const rows = page.getByRole("table").getByRole("row").filter({ hasText: "token.revoke" });
      await expect(rows).toHaveCount(1);
      await expect(page.getByRole("table").getByRole("row").filter({ hasText: "token.create" })).toHaveCount(
        0,
      );
      await expect(rows.first()).toContainText(email);
      await rows.first().getByText("변경 전후 보기").click();
      await expect(rows.first().getByText(`"name": "${tokenName}"`).first()).toBeVisible();
      await expect(rows.first().getByText(/"revokedAt": "\d{4}-/)).toBeVisible();
      await expectNoViolations(page);
      await expectNoSidewaysScroll(page);

      await page.goto(`/admin/audit?action=token.create&resourceType=token`);
      await expect(page.getByRole("table").getByRole("row").filter({ hasText: "token.create" })).toHaveCount(
        1,
      );
      await page.goto("/admin/audit?from=2026-13-40");
      await expect(page.getByText("YYYY-MM-DD 형식의 날짜를 입력해 주세요.")).toBeVisible();
      await page.goto("/admin/audit?action=token.revoke");
    });

    await test.step("the CSV download has a BOM, the header and the filtered rows", async () => {
      const link = page.getByRole("link", { name: "CSV 내려받기" });
      await expect(link).toHaveAttribute("href", "/admin/audit.csv?action=token.revoke");
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = await readFile(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString("utf8").split("\r\n");
      expect(lines[0]).toBe(
        "id,at,actorKind,actorId,actorLabel,organizationId,action,resourceType,resourceId,ip,userAgent,before,after",
      );
      const rows = lines.slice(1).filter(Boolean);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(`,user,`);
      expect(rows[0]).toContain(`,${email},`);
      expect(rows[0]).toContain(",token.revoke,token,");
      expect(rows[0]).toContain(`""name"":""${tokenName}""`);

      const response = await page.request.get("/admin/audit.csv?action=token.revoke");
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers()["content-disposition"]).toMatch(
        /^attachment; filename="audit-log-[\d-]+\.csv"$/,
      );
    });

    await test.step("the outbox shows the verification mail of the sign-up, as text", async () => {
      await page.goto("/admin/outbox");
      const row = page.getByRole("row").filter({ hasText: email });
      await expect(async () => {
        await page.reload();
        await expect(row.first()).toBeVisible({ timeout: 1000 });
      }).toPass();
      await expect(row.first()).toContainText("이메일 확인");
      await expect(row.first()).toContainText("발송함 보관");
      await expectNoViolations(page);
      await expectNoSidewaysScroll(page);

      await row
        .first()
        .getByRole("link", { name: /메일 읽기$/ })
        .click();
      await expect(page).toHaveURL(/\/admin\/outbox\?id=/);
      await expect(
        page.getByRole("heading", { level: 2, name: "이메일 주소를 확인해 주세요" }),
      ).toBeVisible();
      const text = page.getByTestId("mail-text");
      await expect(text).toContainText("박관리님, 안녕하세요.");
      await expect(text).toContainText(/https?:\/\/\S+verify-email/);
      await expect(page.locator("main iframe")).toHaveCount(0);
      await expectNoViolations(page);
      await expectNoSidewaysScroll(page);
    });

    await test.step("people and roles: the admin is listed, and a role change is saved and audited", async () => {
      await page.goto("/admin/users");
      await expect(page.getByText("기다리는 요청이 없습니다.")).toBeVisible();
      await page.getByLabel("이메일 또는 이름 검색").fill(email);
      await page.getByRole("button", { name: "검색" }).click();
      const row = page.getByRole("row").filter({ hasText: email });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole("combobox")).toHaveValue("admin");
      await expectNoViolations(page);
      await expectNoSidewaysScroll(page);
      // Saving the same role is still a recorded decision.
      await row.getByRole("button", { name: "저장" }).click();
      await expect(page.getByRole("status")).toContainText(email);
      await page.goto("/admin/audit?action=user.set-role");
      await expect(
        page.getByRole("table").getByRole("row").filter({ hasText: "user.set-role" }),
      ).not.toHaveCount(0);
    });

    await test.step("the city manages an organization's members: invite, see it listed, revoke", async () => {
      const office = await organizationId(page, "daegu-la-office");
      await page.goto(`/account/organizations/${office}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("대구시 LA 사무소 구성원");
      await page.getByLabel("초대할 이메일").fill("staff@la-office.example");
      await page.getByRole("button", { name: "초대 보내기" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "staff@la-office.example에게 초대 메일을 보냈습니다.",
      );
      const invitation = page.getByRole("row").filter({ hasText: "staff@la-office.example" });
      await expectNoViolations(page);
      await invitation.getByRole("button", { name: /초대 취소/ }).click();
      await expect(invitation.getByText("취소됨")).toBeVisible();
    });

    await test.step("in English", async () => {
      await page.goto("/en/admin/audit?action=token.create");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
        "href",
        "/en/admin/audit.csv?action=token.create",
      );
      await expectNoViolations(page);
      await page.goto("/en/admin/tokens");
      await expect(page.getByRole("columnheader", { name: "Last used" })).toBeVisible();
      await expectNoViolations(page);
    });

    await test.step("without JavaScript, forms still work", async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        storageState: await page.context().storageState(),
      });
      const plain = await context.newPage();
      await plain.goto("/admin/tokens");
      await plain.getByRole("textbox", { name: "이름", exact: true }).fill(`${tokenName}-nojs`);
      await plain.getByRole("button", { name: "토큰 발급" }).click();
      await expect(plain.getByText("역할을 골라 주세요.")).toBeVisible();
      await plain.getByRole("combobox", { name: "역할", exact: true }).selectOption("reviewer");
      await plain.getByRole("button", { name: "토큰 발급" }).click();
      await expect(plain.getByRole("textbox", { name: "새 토큰", exact: true })).toHaveValue(/^dgg_/);
      await plain.goto("/admin/tokens");
      await plain.getByRole("button", { name: `토큰 ${tokenName}-nojs 폐기` }).click();
      await expect(
        plain.getByText(`토큰 ‘${tokenName}-nojs’을(를) 폐기했습니다.`, { exact: false }),
      ).toBeVisible();

      await plain.goto("/admin/audit");
      await plain.getByRole("textbox", { name: "작업", exact: true }).fill("token.revoke");
      await plain.getByRole("button", { name: "검색" }).click();
      await expect(plain).toHaveURL(/action=token\.revoke/);
      await expect(plain.getByRole("table").getByRole("row").filter({ hasText: "token.revoke" })).toHaveCount(
        2,
      );
      await context.close();
    });

    // The 403s and the refused token forms above answer 403/400 on purpose; Chromium logs those. Nothing else.
    const expected = /status of (403|400) /;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
  });
});
