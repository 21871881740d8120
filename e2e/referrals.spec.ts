import { expectNoViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { latestMailLink, mailKinds } from "./mail-outbox.ts";
import { origin, signInAsAdmin, signInAsMemberOf } from "./people.ts";

type Referral = { status: string; outcome: string | null; contactEmail: string | null; note: string };

test.describe("referrals that report back", () => {
  test("the office refers a request to KOTRA; the partner reports through the e-mailed link, without an account; the company sees the outcome", async ({
    page,
    browser,
    problems,
  }) => {
    test.setTimeout(120_000);
    const run = Date.now();
    const memberEmail = `damsol-${run}@example.kr`;
    const partnerEmail = `kotra-la-${run}@example.org`;
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInAsAdmin(admin, `desk-${run}@example.kr`);
    await signInAsMemberOf(page, admin, "damsol-foods", memberEmail, "김담솔");

    const created = await page.request.post("/api/v1/support-requests", {
      headers: { origin },
      data: {
        service: "buyer-matching",
        targetMarket: "US",
        subject: "LA 한인 마트 유통사 찾기",
        description: "고추장 소스를 납품할 LA 지역 유통사를 찾고 있습니다.",
        preferredLanguage: "ko",
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;

    const referred = await admin.request.post(`/api/v1/support-requests/${id}/referrals`, {
      headers: { origin },
      data: {
        partnerName: "KOTRA 로스앤젤레스 무역관",
        contactEmail: partnerEmail,
        note: "한인 마트 유통사 두 곳을 소개해 주실 수 있을까요?",
      },
    });
    expect(referred.status(), await referred.text()).toBe(201);
    await expect.poll(async () => mailKinds(memberEmail)).toContain("support-referral-sent");
    await expect
      .poll(() => latestMailLink(partnerEmail, "support-referral-invite"))
      .toMatch(/\/referrals\/ref_/);
    const link = new URL((await latestMailLink(partnerEmail, "support-referral-invite"))!);

    // The partner: nobody signs in; the link is the key.
    const partnerContext = await browser.newContext();
    const partner = await partnerContext.newPage();
    const response = await partner.goto(link.pathname);
    expect(response!.status()).toBe(200);
    expect(response!.headers()["referrer-policy"]).toBe("same-origin");
    expect(response!.headers()["cache-control"]).toBe("no-store");
    await expect(partner.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(partner.getByRole("heading", { level: 1 })).toHaveText("기업 지원 연계 결과 알리기");
    const facts = partner.getByRole("region", { name: "연계 내용" });
    await expect(facts).toContainText("㈜담솔푸드");
    await expect(facts).toContainText("LA 한인 마트 유통사 찾기");
    await expect(facts).toContainText("한인 마트 유통사 두 곳을 소개해 주실 수 있을까요?");
    await expect(facts).toContainText("의뢰함");
    await expectNoViolations(partner);

    await partner.getByRole("button", { name: "결과 보내기" }).click();
    await expect(partner.getByRole("alert")).toContainText("입력한 내용을 확인해 주세요.");
    await partner.getByLabel("수락 — 이 기업을 지원하겠습니다").check();
    await partner.getByLabel("결과나 메시지").fill("이번 주에 두 유통사와 통화하겠습니다.");
    await partner.getByRole("button", { name: "결과 보내기" }).click();
    await expect(partner.getByRole("status").first()).toContainText("감사합니다.");
    await expect(facts).toContainText("수락됨");

    await partner.getByLabel("완료 — 지원을 마쳤습니다").check();
    await partner.getByLabel("결과나 메시지").fill("H마트와 시온마켓 바이어를 소개했습니다.");
    await partner.getByRole("button", { name: "결과 보내기" }).click();
    await expect(
      partner.getByText("이 연계는 ‘완료’ 상태로 마무리되었습니다.", { exact: false }),
    ).toBeVisible();
    await expect(partner.getByRole("button", { name: "결과 보내기" })).toHaveCount(0);
    await expectNoViolations(partner);

    // The outcome is in the case for the company, without the partner's address or the office's note.
    const seen = await page.request.get(`/api/v1/support-requests/${id}`);
    expect(seen.status()).toBe(200);
    const { referrals } = (await seen.json()) as { referrals: Referral[] };
    expect(referrals).toEqual([
      expect.objectContaining({
        status: "completed",
        outcome: "H마트와 시온마켓 바이어를 소개했습니다.",
        contactEmail: null,
        note: "",
      }),
    ]);
    await expect.poll(async () => mailKinds(memberEmail)).toContain("support-referral-reported");

    const unknown = await partner.goto("/en/referrals/ref_not-a-real-token");
    expect(unknown!.status()).toBe(404);
    await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    expect(await problems.list()).toEqual([]);
    await adminContext.close();
    await partnerContext.close();
  });
});
