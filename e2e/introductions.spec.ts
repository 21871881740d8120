import { expectNoViolations } from "./axe.ts";
import { expect, test, waitForHydration } from "./fixtures.ts";
import { mailKinds } from "./mail-outbox.ts";
import { signInAsAdmin, signInAsMemberOf, signUp } from "./people.ts";
import { opportunityId } from "./records.ts";

test.describe("brokered introductions", () => {
  test("a company asks to meet Meta; the city accepts, records the meeting and a contract; the company sees it all", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(120_000);
    const run = Date.now();
    const memberEmail = `frames-${run}@example.kr`;
    const adminEmail = `broker-${run}@example.kr`;
    const staffEmail = `la-${run}@example.kr`;
    const frames = await opportunityId(page, "meta-ai-glasses-frame-oem-2027");

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await test.step("a member of Hanbit Optics and one of the LA office, approved by the city", async () => {
      await signInAsAdmin(admin, adminEmail);
      await signInAsMemberOf(page, admin, "hanbit-optics", memberEmail, "김안경");
      await signInAsMemberOf(staff, admin, "daegu-la-office", staffEmail, "이엘에이");
    });

    let introduction = "";
    await test.step("the member asks for an introduction to Meta's opportunity", async () => {
      await page.goto("/introductions");
      await expect(page.getByRole("heading", { level: 2, name: "㈜한빛옵틱스의 소개 요청" })).toBeVisible();
      await expect(page.getByText("아직 소개 요청이 없습니다.", { exact: false })).toBeVisible();
      await expectNoViolations(page);

      await page.goto(`/introductions/new?opportunityId=${frames}`);
      await waitForHydration(page);
      const pair = page.getByRole("region", { name: "누구를 소개받나요" });
      await expect(pair).toContainText("㈜한빛옵틱스");
      await expect(pair).toContainText("메타");
      await expect(pair).toContainText("AI 안경 양산을 위한 안경테 OEM 제조사 모집");
      // Meta is in the US: the LA office brokers, with the city.
      await expect(pair).toContainText("대구시 LA 사무소");
      await expectNoViolations(page);

      await page.getByRole("button", { name: "소개 요청 보내기" }).click();
      await expect(page.getByLabel("소개 요청 메시지")).toHaveAttribute("aria-invalid", "true");
      await page
        .getByLabel("소개 요청 메시지")
        .fill("티타늄 안경테를 월 3만 개 생산합니다. 스마트 안경 프레임도 개발 중입니다.");
      await page.getByRole("button", { name: "소개 요청 보내기" }).click();
      await expect(page).toHaveURL(/\/introductions\/[0-9a-f-]{36}\?done=request$/);
      introduction = new URL(page.url()).pathname.split("/").pop()!;
      await expect(page.getByRole("status")).toContainText("소개를 요청했습니다");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("㈜한빛옵틱스 ↔ 메타");
      // The company does not broker: only withdrawing is offered.
      await expect(page.getByRole("button", { name: "요청 철회하기" })).toBeVisible();
      await expect(page.getByRole("button", { name: "수락하고 알리기" })).toHaveCount(0);
      await expectNoViolations(page);
      await expect
        .poll(async () => (await mailKinds(memberEmail)).filter((kind) => kind.startsWith("introduction-")))
        .toEqual(["introduction-received"]);
      // Meta is in the US: the LA office's staff are asked to broker (the city sees it in its queue too).
      await expect
        .poll(async () => (await mailKinds(staffEmail)).filter((kind) => kind.startsWith("introduction-")))
        .toEqual(["introduction-requested"]);
      await staff.goto("/introductions");
      const staffQueue = staff.getByRole("region", { name: "주선할 요청", exact: true });
      await expect(staffQueue.getByRole("link", { name: "㈜한빛옵틱스 ↔ 메타" })).toBeVisible();
    });

    await test.step("the city sees it in its queue and accepts with a message", async () => {
      await admin.goto("/introductions?status=requested");
      const queue = admin.getByRole("region", { name: "주선할 요청", exact: true });
      await expect(queue.getByRole("link", { name: "㈜한빛옵틱스 ↔ 메타" }).first()).toBeVisible();
      await expectNoViolations(admin);
      await admin.goto(`/introductions/${introduction}`);
      await waitForHydration(admin);
      await admin
        .getByLabel("양측에 보낼 메시지")
        .fill("다음 주 화요일 메타 구매팀과 화상 미팅을 잡겠습니다.");
      await admin.getByRole("button", { name: "수락하고 알리기" }).click();
      await expect(admin.getByRole("status")).toHaveText("요청을 수락했습니다. 양측에 메일을 보냈습니다.");
      await expectNoViolations(admin);
    });

    await test.step("the city records the meeting and the outcome: a contract of 250,000 USD", async () => {
      await admin.getByRole("button", { name: "미팅 기록하기" }).click();
      await expect(admin.getByRole("status")).toHaveText("미팅을 기록했습니다. 양측에 메일을 보냈습니다.");
      await admin.getByRole("combobox", { name: /^성과/ }).selectOption("contract");
      await admin.getByLabel("금액 (선택)").fill("250,000");
      await admin.getByRole("combobox", { name: /^통화/ }).selectOption("USD");
      await admin.getByRole("button", { name: "성과 기록하고 마무리" }).click();
      await expect(admin.getByRole("status")).toHaveText("성과를 기록했습니다. 이 소개는 마무리되었습니다.");
      await expect(admin.getByTestId("outcome-amount")).toHaveText("US$250,000.00");
      await expectNoViolations(admin);
    });

    await test.step("the company sees the timeline, in Korean and in English", async () => {
      await page.goto(`/introductions/${introduction}`);
      const timeline = page.getByRole("region", { name: "진행 기록" });
      await expect(timeline.getByRole("listitem")).toHaveCount(4);
      await expect(timeline).toContainText("다음 주 화요일 메타 구매팀과 화상 미팅을 잡겠습니다.");
      await expect(timeline.getByRole("listitem").last()).toContainText("결과 기록됨");
      await expect(page.getByText("지금 할 수 있는 단계가 없습니다.", { exact: false })).toBeVisible();
      await expectNoViolations(page);

      await page.goto(`/en/introductions/${introduction}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hanbit Optics Co., Ltd. ↔ Meta");
      await expect(page.getByTestId("outcome-amount")).toHaveText("$250,000.00");
      await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem")).toHaveCount(4);
      await expectNoViolations(page);
      await page.goto("/en/introductions");
      await expect(page.getByRole("link", { name: "Hanbit Optics Co., Ltd. ↔ Meta" })).toBeVisible();
      await expectNoViolations(page);
      await expect
        .poll(async () => (await mailKinds(memberEmail)).filter((kind) => kind.startsWith("introduction-")))
        .toEqual([
          "introduction-received",
          "introduction-accepted",
          "introduction-meeting",
          "introduction-outcome",
        ]);
    });

    await test.step("someone who is neither side nor a broker gets 403", async () => {
      const strangerContext = await browser.newContext();
      const stranger = await strangerContext.newPage();
      await signUp(stranger, `stranger-${run}@example.kr`, "이방인");
      const response = await stranger.goto(`/introductions/${introduction}`);
      expect(response?.status()).toBe(403);
      await expect(stranger.getByRole("heading", { level: 1 })).toHaveText(
        "이 소개 요청을 볼 권한이 없습니다",
      );
      await strangerContext.close();
    });

    await adminContext.close();
    await staffContext.close();
    // The request sent without a message answers 400 on purpose; Chromium logs that. Nothing else.
    const expected = /status of 400 /;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
  });

  test("a partner learns of a company's request only once the city accepts it; the city closes it when the meeting falls through", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(120_000);
    const run = Date.now();
    const memberEmail = `daon-${run}@example.kr`;
    const partnerEmail = `kaiyo-${run}@example.jp`;
    const adminEmail = `closer-${run}@example.kr`;

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    const partnerContext = await browser.newContext();
    const partner = await partnerContext.newPage();
    let kaiyo = "";
    await test.step("a member of Daon Frame and one of Kaiyo Mobility, approved by the city", async () => {
      await signInAsAdmin(admin, adminEmail);
      await signInAsMemberOf(page, admin, "daon-frame", memberEmail, "김다온");
      // A Japanese partner: no office serves Japan, so the city brokers (and the LA office's staff of the
      // other journey get no mail from this one).
      kaiyo = await signInAsMemberOf(partner, admin, "kaiyo-mobility", partnerEmail, "Haruto");
    });

    let introduction = "";
    const pair = "㈜다온프레임 ↔ 카이요 모빌리티";
    await test.step("the company asks; the partner's member can neither open nor list the request", async () => {
      await page.goto(`/introductions/new?partnerId=${kaiyo}`);
      await waitForHydration(page);
      await page.getByLabel("소개 요청 메시지").fill("아세테이트 안경테 OEM을 제안드리고 싶습니다.");
      await page.getByRole("button", { name: "소개 요청 보내기" }).click();
      await expect(page).toHaveURL(/\/introductions\/[0-9a-f-]{36}\?done=request$/);
      introduction = new URL(page.url()).pathname.split("/").pop()!;

      const response = await partner.goto(`/introductions/${introduction}`);
      expect(response?.status()).toBe(403);
      await expect(partner.getByRole("heading", { level: 1 })).toHaveText(
        "이 소개 요청을 볼 권한이 없습니다",
      );
      await partner.goto("/introductions");
      await expect(
        partner.getByRole("heading", { level: 2, name: "카이요 모빌리티의 소개 요청" }),
      ).toBeVisible();
      await expect(partner.getByRole("link", { name: pair })).toHaveCount(0);
      const listed = await partner.request.get("/api/v1/introductions?role=mine&limit=100");
      const ids = ((await listed.json()) as { items: { id: string }[] }).items.map((item) => item.id);
      expect(ids).not.toContain(introduction);
    });

    await test.step("the city accepts: now the partner's member sees it, with the company's message", async () => {
      await admin.goto(`/introductions/${introduction}`);
      await waitForHydration(admin);
      await admin.getByLabel("양측에 보낼 메시지").fill("다음 달 화상 미팅을 잡겠습니다.");
      await admin.getByRole("button", { name: "수락하고 알리기" }).click();
      await expect(admin.getByRole("status")).toHaveText("요청을 수락했습니다. 양측에 메일을 보냈습니다.");

      const response = await partner.goto(`/introductions/${introduction}`);
      expect(response?.status()).toBe(200);
      await expect(partner.getByRole("heading", { level: 1 })).toHaveText(pair);
      await expect(partner.getByRole("region", { name: "요청 메시지" })).toContainText(
        "아세테이트 안경테 OEM을 제안드리고 싶습니다.",
      );
      await partner.goto("/introductions");
      await expect(partner.getByRole("link", { name: pair })).toBeVisible();
    });

    await test.step("the meeting falls through: the city closes the introduction with a word to both sides", async () => {
      await admin.goto(`/introductions/${introduction}`);
      await waitForHydration(admin);
      const close = admin.getByRole("region", { name: "소개 종료" });
      await expect(close.getByText("기업과 파트너 모두 메일로 받고", { exact: false })).toBeVisible();
      await close.getByLabel("양측에 보낼 종료 사유").fill("상대 측 출장이 취소되어 미팅이 어렵습니다.");
      await close.getByRole("button", { name: "소개 종료하기" }).click();
      await expect(admin.getByRole("status")).toHaveText("소개를 종료했습니다. 양측에 메일을 보냈습니다.");
      await expect(admin.getByText("이 소개는 거절됨 상태로 끝났습니다.")).toBeVisible();
      await expectNoViolations(admin);

      await partner.goto(`/introductions/${introduction}`);
      await expect(partner.getByRole("region", { name: "주선 담당자 메시지" })).toContainText(
        "상대 측 출장이 취소되어 미팅이 어렵습니다.",
      );
      await expect
        .poll(async () => (await mailKinds(partnerEmail)).filter((kind) => kind.startsWith("introduction-")))
        .toEqual(["introduction-accepted", "introduction-declined"]);
      await expect
        .poll(async () => (await mailKinds(memberEmail)).filter((kind) => kind.startsWith("introduction-")))
        .toEqual(["introduction-received", "introduction-accepted", "introduction-declined"]);
      // The pair is free again: the company may ask anew.
      await page.goto(`/introductions/new?partnerId=${kaiyo}`);
      await expect(page.getByRole("button", { name: "소개 요청 보내기" })).toBeVisible();
    });

    await adminContext.close();
    await partnerContext.close();
    // The partner's member opening the request before it was accepted answers 403 on purpose.
    const expected = /status of 403 /;
    expect((await problems.list()).filter((problem) => !expected.test(problem))).toEqual([]);
  });
});
