import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";
import { signInAsAdmin, signInAsMemberOf } from "./people.ts";

test.use({ timezoneId: "America/New_York" });

test("a company asks the LA office for support; staff work the case in the queue; the company never sees internal notes", async ({
  page,
  browser,
  problems,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const adminContext = await browser.newContext();
  const staffContext = await browser.newContext({ timezoneId: "Asia/Seoul" });
  const admin = await adminContext.newPage();
  const staff = await staffContext.newPage();
  await signInAsAdmin(admin, `sp-admin-${stamp}@example.kr`);
  await signInAsMemberOf(page, admin, "hanbit-optics", `sp-member-${stamp}@example.kr`, "김안경");
  await signInAsMemberOf(staff, admin, "daegu-la-office", `sp-staff-${stamp}@example.kr`, "이엘에이");

  // My requests, empty.
  await page.goto("/support");
  await expect(page.getByRole("heading", { level: 1, name: "지원 요청" })).toBeVisible();
  await expectNoViolations(page);

  // New request: refused first, then sent.
  await page.getByRole("link", { name: "새 지원 요청" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "새 지원 요청" })).toBeVisible();
  await expectNoViolations(page);
  await waitForHydration(page);
  await page.getByLabel("제목").fill("FDA 식품시설 등록");
  await page.getByRole("button", { name: "요청 보내기" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.getByLabel("제목")).toHaveValue("FDA 식품시설 등록");
  await expectNoViolations(page);
  await page.getByLabel("필요한 서비스").selectOption("certification");
  await page.getByLabel("대상 시장").selectOption("US");
  await page.getByLabel("요청 내용").fill("고추장을 LA로 수출하려 합니다. 등록 절차를 도와주세요.");
  await page
    .getByLabel("첨부 파일")
    .setInputFiles({ name: "bad.exe", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00binary") });
  await page.getByRole("button", { name: "요청 보내기" }).click();
  await expect(page.locator("#field-attachments-error")).toBeVisible();
  await page.getByLabel("첨부 파일").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("제품 라벨 초안입니다.\nLabel draft.\n"),
  });
  await page.getByRole("button", { name: "요청 보내기" }).click();
  await expect(page).toHaveURL(/\/support\/[0-9a-f-]{36}\?done=created$/);
  const caseUrl = new URL(page.url()).pathname;
  const created = await page.request.get(`/api/v1/support-requests/${caseUrl.split("/").pop()}`);
  const { number } = (await created.json()) as { number: number };
  await expect(page.getByRole("status").first()).toBeVisible();
  await expectNoViolations(page);

  // The office: the queue and the case, with an internal note and a status move.
  await staff.goto("/support");
  await expectNoViolations(staff);
  await staff
    .getByRole("link", { name: /처리 대기열/ })
    .first()
    .click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("처리 대기열");
  await expect(staff.getByRole("link", { name: "FDA 식품시설 등록" })).toBeVisible();
  await expectNoViolations(staff);
  const queueUrl = new URL(staff.url()).pathname;
  await staff.getByRole("link", { name: "FDA 식품시설 등록" }).click();
  await expect(staff).toHaveURL(new RegExp(caseUrl));
  await expectNoViolations(staff);
  await waitForHydration(staff);
  await staff.getByRole("textbox", { name: "메모" }).fill("라벨 영문 번역 확인 필요");
  await staff.getByRole("button", { name: "내부 메모 남기기" }).click();
  await expect(staff.getByTestId("internal-note")).toBeVisible();
  await expect(staff.getByRole("status").first()).toHaveText("내부 메모를 남겼습니다.");
  await staff.getByRole("button", { name: "처리 시작" }).click();
  // Each step's own confirmation: the forms reset after a step, so the next one waits for it.
  await expect(staff.getByRole("status").first()).toHaveText("상태를 바꿨습니다.");
  await staff
    .getByRole("textbox", { name: "메시지", exact: true })
    .fill("확인했습니다. 라벨을 검토하겠습니다.");
  await staff.getByRole("button", { name: "보내기", exact: true }).click();
  await expect(staff.getByRole("status").first()).toHaveText("메시지를 보냈습니다.");
  await expectNoViolations(staff);

  // Bulk: set priority of the case.
  await staff.goto(queueUrl);
  // Other specs may have put cases in the same queue: select this one by its number.
  await staff.getByRole("checkbox", { name: `#${number} 선택`, exact: true }).check();
  await staff.getByLabel("우선순위 지정").selectOption("high");
  await staff.locator('button[name="intent"][value="priority"]').click();
  await expect(staff.getByRole("status").first()).toContainText("1건을 바꿨고");
  await expectNoViolations(staff);
  await staff.goto(`${queueUrl}?status=open&sla=breached&sort=priority`);
  await expectNoViolations(staff);

  // The company never sees the note.
  await page.goto(caseUrl);
  await expect(page.getByText("확인했습니다. 라벨을 검토하겠습니다.")).toBeVisible();
  await expect(page.getByText("라벨 영문 번역 확인 필요")).toHaveCount(0);
  await expectNoViolations(page);

  // English.
  await page.goto(`/en${caseUrl}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoViolations(page);
  await page.goto("/en/support");
  await expectNoViolations(page);
  await page.goto("/en/support/new?market=US");
  await expectNoViolations(page);
  await staff.goto(`/en${queueUrl}`);
  await expectNoViolations(staff);
  await staff.goto(`/en${caseUrl}`);
  await expectNoViolations(staff);

  // Without JavaScript: a reply from the company and a bulk change in the queue.
  const state = await page.context().storageState();
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: state });
  const plain = await noJs.newPage();
  await plain.goto(caseUrl);
  await plain.getByRole("textbox", { name: "메시지", exact: true }).fill("라벨 영문본을 첨부합니다.");
  await plain
    .getByLabel("첨부 파일")
    .nth(1)
    .setInputFiles({ name: "label-en.txt", mimeType: "text/plain", buffer: Buffer.from("Ingredients: ...") });
  await plain.getByRole("button", { name: "보내기", exact: true }).click();
  await expect(plain.getByRole("status").first()).toHaveText("메시지를 보냈습니다.");
  await expect(plain.getByRole("link", { name: "label-en.txt" })).toBeVisible();
  await plain.getByRole("button", { name: "보내기", exact: true }).click();
  await expect(plain.getByRole("alert").first()).toBeVisible();
  await expect(plain.locator("#form-reply-body-error")).toHaveText("필수 항목입니다");
  await noJs.close();
  const staffState = await staff.context().storageState();
  const noJsStaff = await browser.newContext({ javaScriptEnabled: false, storageState: staffState });
  const plainStaff = await noJsStaff.newPage();
  await plainStaff.goto(queueUrl);
  await plainStaff.getByRole("checkbox", { name: `#${number} 선택`, exact: true }).check();
  await plainStaff.getByLabel("상태 변경").selectOption("closed");
  await plainStaff.locator('button[name="intent"][value="status"]').click();
  await expect(plainStaff.getByRole("status").first()).toContainText("0건을 바꿨고 1건은 건너뛰었습니다");
  await noJsStaff.close();

  await page.waitForLoadState("networkidle");
  const expected = /status of 400 .*\/support\/new\.data/;
  expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
});
