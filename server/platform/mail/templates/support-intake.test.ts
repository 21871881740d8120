import { describe, expect, it } from "vitest";
import { renderMail } from "./index.ts";

const params = {
  name: "김대구",
  number: 1042,
  subject: "FDA <식품시설> 등록",
  service: "인증",
  office: "대구시 LA 사무소",
  firstResponseDueAt: "2026-02-02T21:00:00.000Z",
  timeZone: "America/Los_Angeles",
  url: "https://gateway.daegu.example/support/abc",
};

describe("support intake mails", () => {
  it("tells the company where the request went and the first-response target in the office's zone", () => {
    const ko = renderMail("support-request-received", params, "ko");
    expect(ko.subject).toBe("[대구 글로벌 게이트웨이] 지원 요청을 접수했습니다: #1042 FDA <식품시설> 등록");
    expect(ko.text).toContain("김대구님, 안녕하세요.");
    expect(ko.text).toContain("대구시 LA 사무소에 접수했습니다");
    expect(ko.text).toMatch(/2026년 2월 2일 \(?월\)? 오후 1:00 \S+ \(America\/Los_Angeles\)입니다/);
    expect(ko.html).toContain("FDA &lt;식품시설&gt; 등록");
    const en = renderMail(
      "support-request-received",
      { ...params, name: "Jane", office: "Daegu City LA Office" },
      "en",
    );
    expect(en.subject).toBe("[Daegu Global Gateway] Support request received: #1042 FDA <식품시설> 등록");
    expect(en.text).toContain("was received by Daegu City LA Office");
    expect(en.text).toContain("(America/Los_Angeles)");
  });

  it("leaves the target out when there is none", () => {
    const mail = renderMail("support-request-received", { ...params, firstResponseDueAt: null }, "en");
    expect(mail.text).not.toContain("aims to answer");
  });

  it("tells staff whether it is theirs or waits unassigned", () => {
    const mine = renderMail(
      "support-request-assigned",
      { ...params, company: "대구식품", assignedToYou: true },
      "ko",
    );
    expect(mine.subject).toBe("[대구 글로벌 게이트웨이] 새 지원 요청 배정: #1042 FDA <식품시설> 등록");
    expect(mine.text).toContain("대구식품에서 인증 지원을 요청했습니다");
    const waiting = renderMail(
      "support-request-assigned",
      { ...params, company: "Daegu Foods", assignedToYou: false },
      "en",
    );
    expect(waiting.subject).toBe(
      "[Daegu Global Gateway] New support request (unassigned): #1042 FDA <식품시설> 등록",
    );
    expect(waiting.text).toContain("please choose an assignee");
  });
});
