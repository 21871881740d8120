import type { Locale } from "../../../../contracts/common/locale-text.ts";
import { duration, greeting, type LinkMailParams, type RenderedMail, renderLinkMail } from "./layout.ts";

/** Asks a new member to confirm their e-mail address. */
export function verifyEmail({ name, url, validForMinutes }: LinkMailParams, locale: Locale): RenderedMail {
  const valid = duration(validForMinutes, locale);
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: "이메일 주소를 확인해 주세요",
      greeting: greeting(name, locale),
      intro: ["대구 글로벌 게이트웨이 가입을 마치려면 아래 버튼을 눌러 이메일 주소를 확인해 주세요."],
      action: { label: "이메일 주소 확인", url },
      outro: [`이 링크는 ${valid} 동안 유효합니다. 가입한 적이 없다면 이 메일을 무시하셔도 됩니다.`],
    });
  }
  return renderLinkMail({
    locale,
    subject: "Please confirm your e-mail address",
    greeting: greeting(name, locale),
    intro: ["To finish signing up for Daegu Global Gateway, please confirm your e-mail address."],
    action: { label: "Confirm e-mail address", url },
    outro: [`This link is valid for ${valid}. If you did not sign up, you can ignore this e-mail.`],
  });
}
