import type { Locale } from "../../../../contracts/common/locale-text.ts";
import { duration, greeting, type LinkMailParams, type RenderedMail, renderLinkMail } from "./layout.ts";

export type InvitationParams = LinkMailParams & { organization: string; inviter: string };

/** Invites someone to represent an organization on the platform; accepting needs an account with this address. */
export function invitation(params: InvitationParams, locale: Locale): RenderedMail {
  const valid = duration(params.validForMinutes, locale);
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `${params.organization} 구성원 초대`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.inviter}님이 대구 글로벌 게이트웨이에서 ${params.organization}의 구성원으로 초대했습니다.`,
        "아래 버튼을 눌러 이 메일 주소의 계정으로 로그인하거나 가입한 뒤 초대를 수락하세요.",
      ],
      action: { label: "초대 수락", url: params.url },
      outro: [`이 초대는 ${valid} 동안 유효합니다.`, "모르는 초대라면 이 메일을 무시하세요."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `You are invited to ${params.organization}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.inviter} invited you to represent ${params.organization} on Daegu Global Gateway.`,
      "Sign in or sign up with this e-mail address, then accept the invitation with the button below.",
    ],
    action: { label: "Accept the invitation", url: params.url },
    outro: [`The invitation is valid for ${valid}.`, "If you did not expect it, ignore this e-mail."],
  });
}
