import type { Locale } from "../../../../contracts/common/locale-text.ts";
import { duration, greeting, type LinkMailParams, type RenderedMail, renderLinkMail } from "./layout.ts";

/** Sends the link that lets a member choose a new password. */
export function resetPassword({ name, url, validForMinutes }: LinkMailParams, locale: Locale): RenderedMail {
  const valid = duration(validForMinutes, locale);
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: "비밀번호 재설정 안내",
      greeting: greeting(name, locale),
      intro: ["비밀번호 재설정 요청을 받았습니다. 아래 버튼을 눌러 새 비밀번호를 정해 주세요."],
      action: { label: "비밀번호 재설정", url },
      outro: [
        `이 링크는 ${valid} 동안 한 번만 쓸 수 있습니다.`,
        "요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.",
      ],
    });
  }
  return renderLinkMail({
    locale,
    subject: "Reset your password",
    greeting: greeting(name, locale),
    intro: ["We received a request to reset your password. Choose a new one with the button below."],
    action: { label: "Reset password", url },
    outro: [
      `This link can be used once within ${valid}.`,
      "If you did not ask for this, ignore this e-mail: your password stays the same.",
    ],
  });
}
