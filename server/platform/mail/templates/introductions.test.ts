import { describe, expect, it } from "vitest";
import { renderMail } from "./index.ts";

const base = {
  name: "Mark",
  company: "Hanbit Optics",
  partner: "Meta",
  url: "https://gw.example/en/introductions/1",
};

describe("introduction mail", () => {
  it("quotes people's messages literally in text and escaped in HTML", () => {
    const message = `<img src=x onerror="alert(1)"> & "frames"`;
    const mail = renderMail("introduction-requested", { ...base, requester: "Kim (Hanbit)", message }, "en");
    expect(mail.text).toContain(`Their message: “${message}”`);
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;frames&quot;");
  });

  it("names the outcome and formats the amount in the reader's language", () => {
    const params = { ...base, outcome: "investment" as const, amount: "1500000000.00", currency: "KRW" };
    const ko = renderMail("introduction-outcome", params, "ko");
    expect(ko.subject).toBe("[대구 글로벌 게이트웨이] 소개 결과: 투자 — Hanbit Optics ↔ Meta");
    expect(ko.text).toContain("결과: 투자, 금액 ₩1,500,000,000");
    const en = renderMail("introduction-outcome", params, "en");
    expect(en.text).toContain("Outcome: Investment, amount ₩1,500,000,000");
    const none = renderMail("introduction-outcome", { ...base, outcome: "none" as const }, "en");
    expect(none.text).toContain("Outcome: No outcome\n");
  });

  it("writes the meeting day as people do", () => {
    const ko = renderMail("introduction-meeting", { ...base, heldOn: "2026-03-05" }, "ko");
    expect(ko.text).toContain("2026년 3월 5일에 열린 것으로");
    const en = renderMail("introduction-meeting", { ...base, heldOn: "2026-03-05", note: "Good call" }, "en");
    expect(en.text).toContain("on 5 March 2026 has been recorded");
    expect(en.text).toContain("Note: “Good call”");
  });
});
