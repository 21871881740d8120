import { describe, expect, it } from "vitest";
import { renderMail } from "./index.ts";

const base = {
  name: "이담당",
  number: 1042,
  subject: "FDA <식품시설> 등록",
  company: "대구식품",
  url: "https://gateway.example/support/abc",
  metric: "first-response" as const,
  dueAt: "2026-03-09T17:00:00.000Z",
  timeZone: "America/Los_Angeles",
};

describe("SLA mail", () => {
  it("names the due time in the office's zone, in Korean and in English", () => {
    const ko = renderMail("support-sla-warning", { ...base, remainingMinutes: 60 }, "ko");
    expect(ko.subject).toBe(
      "[대구 글로벌 게이트웨이] SLA 경고: #1042 FDA <식품시설> 등록의 첫 응답 기한이 다가옵니다",
    );
    expect(ko.text).toContain(
      "첫 응답 기한은 2026년 3월 9일 월 오전 10:00 GMT-7 (America/Los_Angeles)입니다",
    );
    expect(ko.text).toContain("1시간 남았습니다");
    expect(ko.html).toContain("FDA &lt;식품시설&gt; 등록");
    expect(ko.html).not.toContain("<식품시설>");

    const en = renderMail("support-sla-breach", { ...base, name: "Lee", metric: "resolution" }, "en");
    expect(en.subject).toBe(
      "[Daegu Global Gateway] SLA breached: resolution for #1042 FDA <식품시설> 등록 is overdue",
    );
    expect(en.text).toContain("was due Mon, March 9, 2026 at 10:00 AM PDT (America/Los_Angeles)");
    expect(en.text).toContain(base.url);
  });

  it("tells the company its resolved request closed itself", () => {
    const en = renderMail("support-autoclosed", { ...base, name: "Kim", reopenDays: 1 }, "en");
    expect(en.text).toContain("reopen period (1 day) has ended");
    const ko = renderMail("support-autoclosed", { ...base, reopenDays: 14 }, "ko");
    expect(ko.subject).toBe("[대구 글로벌 게이트웨이] 지원 요청이 종료되었습니다: #1042 FDA <식품시설> 등록");
  });
});
