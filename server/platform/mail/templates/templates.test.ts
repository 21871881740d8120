import { describe, expect, it } from "vitest";
import { escapeHtml, renderMail } from "./index.ts";

const url = "https://gateway.daegu.example/api/auth/verify-email?token=abc&callbackURL=%2F";
const hostile = `<script>alert("x")</script> & 'Co'`;

describe("mail templates", () => {
  it("renders the verification mail in Korean and in English, the link in text and HTML", () => {
    const ko = renderMail("verify-email", { name: "김대구", url, validForMinutes: 60 }, "ko");
    expect(ko.subject).toBe("[대구 글로벌 게이트웨이] 이메일 주소를 확인해 주세요");
    expect(ko.text).toContain("김대구님, 안녕하세요.");
    expect(ko.text).toContain(url);
    expect(ko.text).toContain("1시간 동안 유효합니다");
    expect(ko.html).toContain('<html lang="ko">');
    expect(ko.html).toContain(`href="${escapeHtml(url)}"`);

    const en = renderMail("verify-email", { name: "Jane", url, validForMinutes: 60 }, "en");
    expect(en.subject).toBe("[Daegu Global Gateway] Please confirm your e-mail address");
    expect(en.text).toContain("Hello Jane,");
    expect(en.text).toContain("valid for 1 hour");
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain("Confirm e-mail address");
  });

  it("renders the password-reset mail in both languages", () => {
    const link = "http://localhost:3000/api/auth/reset-password/tok?callbackURL=%2Fen%2Freset";
    const ko = renderMail("reset-password", { name: "", url: link, validForMinutes: 30 }, "ko");
    expect(ko.subject).toBe("[대구 글로벌 게이트웨이] 비밀번호 재설정 안내");
    expect(ko.text.startsWith("안녕하세요.")).toBe(true);
    expect(ko.text).toContain("30분 동안 한 번만");
    const en = renderMail("reset-password", { name: "Jane", url: link, validForMinutes: 120 }, "en");
    expect(en.subject).toBe("[Daegu Global Gateway] Reset your password");
    expect(en.text).toContain(link);
    expect(en.text).toContain("within 2 hours");
  });

  it("escapes the person's name and the link in HTML, and keeps them literal in text", () => {
    for (const locale of ["ko", "en"] as const) {
      const mail = renderMail(
        "verify-email",
        { name: hostile, url: `${url}"><b>x`, validForMinutes: 60 },
        locale,
      );
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).not.toContain('"><b>');
      expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
      expect(mail.html).toContain("token=abc&amp;callbackURL");
      expect(mail.text).toContain(hostile);
    }
  });
});
