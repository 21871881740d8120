import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";
import { password, setRole } from "./people.ts";

/** Signs up, is made admin at the CLI, and signs in again (the session caches the role). */
async function signInAsAdmin(page: Page) {
  const email = `importer-${Date.now()}@example.kr`;
  await page.goto("/sign-up");
  await waitForHydration(page);
  await page.getByLabel("이름").fill("김가져오기");
  await page.getByLabel("이메일").fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "회원가입" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await setRole(email, "admin");
  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/admin/imports");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fimports$/);
  await page.getByLabel("이메일").fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page).toHaveURL(/\/admin\/imports$/);
}

async function upload(page: Page, name: string, text: string) {
  await page.getByLabel("가져올 파일").setInputFiles({
    name,
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(text, "utf8"),
  });
  await page.getByRole("button", { name: "올리고 가져오기" }).click();
  await expect(page).toHaveURL(/\/admin\/imports\/[0-9a-f-]{36}$/);
}

test.describe("data import", () => {
  test("an admin uploads a file, watches it finish, and reads the report of a bad one", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(90_000);
    const run = Date.now();
    const good = [
      {
        type: "organization",
        externalId: `e2e-import-${run}-a`,
        kind: "startup",
        scope: "local",
        name: { ko: `가져오기 테스트 ${run}`, en: `Import Test ${run}` },
      },
      {
        type: "organization",
        externalId: `e2e-import-${run}-b`,
        kind: "buyer",
        scope: "global",
        name: { en: `Import Buyer ${run}` },
        country: "US",
      },
    ]
      .map((record) => JSON.stringify(record))
      .join("\n");

    await test.step("the upload page is in the admin menu and passes axe", async () => {
      await signInAsAdmin(page);
      await expect(page.getByRole("heading", { level: 1, name: "데이터 가져오기" })).toBeVisible();
      await expect(
        page.getByRole("navigation", { name: "관리자 메뉴" }).getByRole("link", { name: "데이터 가져오기" }),
      ).toHaveAttribute("aria-current", "page");
      await expectNoViolations(page);
    });

    await test.step("a valid file: the progress page reaches done, with counts", async () => {
      await waitForHydration(page);
      await upload(page, "기관.jsonl", `${good}\n`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("가져오기: 기관.jsonl");
      await expect(page.getByTestId("import-status")).toContainText("완료");
      await expect(page.getByRole("progressbar", { name: "가져오기 진행률" })).toHaveAttribute(
        "aria-valuenow",
        "100",
      );
      await expect(page.getByTestId("import-amount")).toHaveText("2 / 2줄");
      await expect(page.getByText("가져오기를 마쳤습니다")).toBeVisible();
      const organizations = page.getByTestId("count-organization");
      await expect(organizations).toContainText("기관");
      await expect(organizations.getByRole("cell").nth(0)).toHaveText("2");
      await expectNoViolations(page);

      const found = await page.request.get(`/api/v1/organizations?externalId=e2e-import-${run}-b`);
      expect((await found.json()).total).toBe(1);
    });

    await test.step("a larger file: the page follows the progress by itself until done", async () => {
      await page.goto("/admin/imports");
      await waitForHydration(page);
      const many = Array.from({ length: 20_000 }, (_, i) =>
        JSON.stringify({
          type: "organization",
          externalId: `e2e-bulk-${run}-${i}`,
          kind: "sme",
          scope: "local",
          name: { ko: `대량 가져오기 ${i}` },
        }),
      ).join("\n");
      await upload(page, "bulk.jsonl", many);
      await waitForHydration(page);
      await expect(page.getByTestId("import-status")).toContainText("진행 중");
      await expect(page.getByTestId("import-phase")).toHaveText(/검사 중|저장 중/);
      // No reload here: the page asks the loader again while the import runs.
      await expect(page.getByTestId("import-status")).toContainText("완료", { timeout: 60_000 });
      await expect(page.getByTestId("import-amount")).toHaveText("20,000 / 20,000줄");
      await expect(page.getByTestId("count-organization").getByRole("cell").nth(0)).toHaveText("20,000");
    });

    let invalidUrl = "";
    await test.step("an invalid file: nothing is written, the report names every bad line", async () => {
      await page.goto("/admin/imports");
      await waitForHydration(page);
      const bad = [
        JSON.stringify({ ...JSON.parse(good.split("\n")[0]!), externalId: `e2e-bad-${run}` }),
        JSON.stringify({
          type: "organization",
          externalId: `e2e-bad-${run}-2`,
          kind: "unicorn",
          scope: "local",
          name: { en: "X" },
        }),
        "{oops",
        JSON.stringify({ type: "organization", externalId: `e2e-bad-${run}-3`, kind: "sme", scope: "local" }),
      ].join("\n");
      await upload(page, "bad.jsonl", bad);
      invalidUrl = new URL(page.url()).pathname;
      await expect(page.getByTestId("import-status")).toContainText("오류 있음");
      await expect(page.getByText("파일에 문제가 있어 아무것도 가져오지 않았습니다")).toBeVisible();
      const report = page.getByRole("table", { name: /검사 결과/ });
      const rows = report.getByRole("row");
      await expect(rows).toHaveCount(4); // the header and three bad lines
      await expect(rows.nth(1)).toContainText("2");
      await expect(rows.nth(1)).toContainText("kind");
      await expect(rows.nth(2)).toContainText("3");
      await expect(rows.nth(2)).toContainText("JSON으로 읽을 수 없습니다");
      await expect(rows.nth(3)).toContainText("4");
      await expect(rows.nth(3)).toContainText("name");
      await expectNoViolations(page);

      const found = await page.request.get(`/api/v1/organizations?externalId=e2e-bad-${run}`);
      expect((await found.json()).total).toBe(0);
    });

    await test.step("the list shows both imports, newest first", async () => {
      await page.getByRole("link", { name: "다른 파일 올리기" }).click();
      await expect(page).toHaveURL(/\/admin\/imports$/);
      const table = page.getByRole("table", { name: /올린 파일/ });
      await expect(table.getByRole("row").nth(1)).toContainText("bad.jsonl");
      await expect(table.getByRole("row").nth(1)).toContainText("오류 있음");
      await expect(table.getByRole("row").nth(2)).toContainText("bulk.jsonl");
      await expect(table.getByRole("row").nth(3)).toContainText("기관.jsonl");
      await expect(table.getByRole("row").nth(3)).toContainText("완료");
      await expectNoViolations(page);
    });

    await test.step("in English", async () => {
      await page.goto(`/en${invalidUrl}`);
      await expect(page.getByTestId("import-status")).toContainText("Has problems");
      await expect(page.getByRole("columnheader", { name: "Problem" })).toBeVisible();
      await expectNoViolations(page);
    });

    await test.step("without JavaScript the form still uploads, and refreshing shows the end", async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        storageState: await page.context().storageState(),
      });
      const plain = await context.newPage();
      await plain.goto("/admin/imports");
      await upload(plain, "nojs.jsonl", good.replaceAll(`e2e-import-${run}`, `e2e-nojs-${run}`));
      await expect(async () => {
        await plain.reload();
        await expect(plain.getByTestId("import-status")).toContainText("완료", { timeout: 500 });
      }).toPass();
      await context.close();
    });

    expect(await problems.list()).toEqual([]);
  });

  test("the directory downloads as CSV with a BOM and as JSON Lines, filtered", async ({ request }) => {
    const csv = await request.get("/directory/export?format=csv&kind=overseas-office");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toMatch(
      /^attachment; filename="daegu-directory-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^externalId,kind,scope,name\.ko,name\.en,/);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toContain(",overseas-office,");
    expect(lines.join("\n")).toContain("대구시 LA 사무소");

    const jsonl = await request.get("/en/directory/export?format=jsonl&kind=overseas-office&stage=nonsense");
    expect(jsonl.headers()["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    const records = (await jsonl.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { kind: string });
    expect(records).toHaveLength(lines.length - 1);
    expect(new Set(records.map((record) => record.kind))).toEqual(new Set(["overseas-office"]));
  });
});
