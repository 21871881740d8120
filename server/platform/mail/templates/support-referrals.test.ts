import { describe, expect, it } from "vitest";
import { renderMail } from "./index.ts";

const base = {
  name: "김대구",
  number: 1042,
  subject: "FDA 식품시설 등록",
  partner: "KOTRA LA",
  url: "https://gw.example/support/0197",
};

describe("support referral mail", () => {
  it("tells the company where its request went, in its language", () => {
    const ko = renderMail("support-referral-sent", { ...base, office: "대구시 LA 사무소" }, "ko");
    expect(ko.subject).toBe("[대구 글로벌 게이트웨이] 지원 요청 #1042을(를) KOTRA LA에 연계했습니다");
    expect(ko.text).toContain(
      "대구시 LA 사무소에서 지원 요청 #1042 “FDA 식품시설 등록”을(를) KOTRA LA에 연계했습니다.",
    );
    expect(ko.text).toContain(base.url);
    const en = renderMail(
      "support-referral-sent",
      { ...base, name: "Jane", subject: "FDA registration", office: "Daegu City LA Office" },
      "en",
    );
    expect(en.subject).toBe("[Daegu Global Gateway] Your request #1042 was referred to KOTRA LA");
    expect(en.text).toContain("Hello Jane,");
    expect(en.html).toContain('<html lang="en">');
  });

  it("gives the partner the company, the subject, the office's note and the report-back link", () => {
    const params = {
      name: "",
      partner: "LA Chamber of Commerce",
      company: "Daegu Foods",
      office: "Daegu City LA Office",
      subject: "Distributor for kimchi",
      note: `Please help <b>them</b> & "fast"`,
      url: "https://gw.example/en/referrals/ref_abc",
    };
    const en = renderMail("support-referral-invite", params, "en");
    expect(en.subject).toBe("[Daegu Global Gateway] Referral from Daegu City LA Office: Daegu Foods");
    expect(en.text).toContain("Subject: “Distributor for kimchi”");
    expect(en.text).toContain(`Note from the office: “${params.note}”`);
    expect(en.text).toContain(params.url);
    expect(en.html).not.toContain("<b>them</b>");
    expect(en.html).toContain("&lt;b&gt;them&lt;/b&gt; &amp; &quot;fast&quot;");
    const ko = renderMail("support-referral-invite", { ...params, partner: "대구상공회의소" }, "ko");
    expect(ko.text.startsWith("안녕하세요.")).toBe(true);
    expect(ko.text).toContain("대구상공회의소에 연계합니다");
    expect(ko.html).toContain("결과 알리기");
  });

  it("names the new status and quotes the outcome when reported", () => {
    const params = {
      ...base,
      status: "completed" as const,
      outcome: "바이어 3곳 소개",
      reporter: "KOTRA LA",
    };
    const ko = renderMail("support-referral-reported", params, "ko");
    expect(ko.subject).toBe("[대구 글로벌 게이트웨이] 연계 결과 (완료): KOTRA LA — 지원 요청 #1042");
    expect(ko.text).toContain("결과: “바이어 3곳 소개”");
    const en = renderMail(
      "support-referral-reported",
      { ...params, status: "declined" as const, outcome: undefined },
      "en",
    );
    expect(en.subject).toBe("[Daegu Global Gateway] Referral declined: KOTRA LA — request #1042");
    expect(en.text).not.toContain("Outcome:");
  });
});
