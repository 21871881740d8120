import type { Locale } from "../../../../contracts/common/locale-text.ts";
import {
  type ReferralStatus,
  referralStatusNames,
} from "../../../../contracts/support-requests/vocabulary.ts";
import { greeting, type RenderedMail, renderLinkMail } from "./layout.ts";

/**
 * The mails of a support request's referral to an outside partner (KOTRA, a chamber of commerce). Names
 * arrive already in the recipient's language.
 */
export type SupportReferralMailParams = {
  /** The recipient's name; may be empty. */
  name: string;
  /** The request's number ("#1042"). */
  number: number;
  subject: string;
  partner: string;
  /** The case's page in the recipient's language. */
  url: string;
};

const quote = (text: string) => `“${text}”`;
const open = { ko: "지원 요청 보기", en: "Open the request" } as const;

/** To the company: the office referred its request to a partner, who will report back. */
export function supportReferralSent(
  params: SupportReferralMailParams & { office: string },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `지원 요청 #${params.number}을(를) ${params.partner}에 연계했습니다`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.office}에서 지원 요청 #${params.number} ${quote(params.subject)}을(를) ${params.partner}에 연계했습니다.`,
        `${params.partner}에서 진행 결과를 알려 오면 요청 페이지에 기록되고 메일로 알려 드립니다.`,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["궁금한 점은 요청 페이지에 답글로 남겨 주세요."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Your request #${params.number} was referred to ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.office} referred your support request #${params.number} ${quote(params.subject)} to ${params.partner}.`,
      `When ${params.partner} reports back, the outcome appears on the request's page and we let you know by e-mail.`,
    ],
    action: { label: open.en, url: params.url },
    outro: ["If you have questions, reply on the request's page."],
  });
}

/**
 * To the partner's contact: a company's request referred to them, with the office's note and a personal
 * report-back link (no account needed). Never the office's internal notes.
 */
export function supportReferralInvite(
  params: {
    name: string;
    partner: string;
    company: string;
    office: string;
    subject: string;
    /** The office's note to the partner. */
    note: string;
    /** The report-back page: whoever holds it can report the outcome. */
    url: string;
  },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `${params.office}의 기업 지원 연계 요청: ${params.company}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.office}에서 ${params.company}의 지원 요청을 ${params.partner}에 연계합니다.`,
        `요청 제목: ${quote(params.subject)}`,
        `담당자 메모: ${quote(params.note)}`,
        "아래 링크에서 계정 없이 수락, 거절, 완료 여부와 결과를 알려 주세요. 결과는 기업과 사무소에 전달됩니다.",
      ],
      action: { label: "결과 알리기", url: params.url },
      outro: [
        "이 링크는 귀 기관의 담당자만을 위한 것입니다. 다른 사람에게 전달하지 마세요.",
        "잘못 받은 메일이라면 무시하셔도 됩니다.",
      ],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Referral from ${params.office}: ${params.company}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.office} refers a support request of ${params.company} to ${params.partner}.`,
      `Subject: ${quote(params.subject)}`,
      `Note from the office: ${quote(params.note)}`,
      "Please tell us through the link below, without an account, whether you accept or decline it, and the outcome once done. The company and the office will see it.",
    ],
    action: { label: "Report back", url: params.url },
    outro: [
      "This link is meant for your organization's contact only; please do not forward it.",
      "If you received this by mistake, you can ignore it.",
    ],
  });
}

/** To the office's people and the company: the partner (or the office) reported where the referral stands. */
export function supportReferralReported(
  params: SupportReferralMailParams & {
    status: ReferralStatus;
    outcome?: string | undefined;
    /** Who reported: the partner's name or an office person's. */
    reporter: string;
  },
  locale: Locale,
): RenderedMail {
  const status = referralStatusNames[params.status][locale];
  const outcome = params.outcome
    ? [locale === "ko" ? `결과: ${quote(params.outcome)}` : `Outcome: ${quote(params.outcome)}`]
    : [];
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `연계 결과 (${status}): ${params.partner} — 지원 요청 #${params.number}`,
      greeting: greeting(params.name, locale),
      intro: [
        `지원 요청 #${params.number} ${quote(params.subject)}의 ${params.partner} 연계가 ‘${status}’ 상태가 되었습니다 (${params.reporter}).`,
        ...outcome,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["진행 기록은 요청 페이지에서 볼 수 있습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Referral ${status.toLowerCase()}: ${params.partner} — request #${params.number}`,
    greeting: greeting(params.name, locale),
    intro: [
      `The referral of request #${params.number} ${quote(params.subject)} to ${params.partner} is now ‘${status}’ (${params.reporter}).`,
      ...outcome,
    ],
    action: { label: open.en, url: params.url },
    outro: ["The request's page keeps the whole history."],
  });
}
