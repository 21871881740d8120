import type { Locale } from "../../../../contracts/common/locale-text.ts";
import type { IntroductionOutcome } from "../../../../contracts/introductions/introduction.ts";
import { formatMoney, introductionOutcomeNames } from "../../../../contracts/introductions/labels.ts";
import { greeting, type RenderedMail, renderLinkMail } from "./layout.ts";

/**
 * The mails of a brokered introduction, one per step. Names arrive already in the recipient's language;
 * dates and amounts are formatted here, in that language.
 */
export type IntroductionMailParams = {
  /** The recipient's name; may be empty. */
  name: string;
  company: string;
  partner: string;
  /** The opportunity's title, when the introduction is about one. */
  opportunity?: string | undefined;
  /** The introduction's page, in the recipient's language. */
  url: string;
};

const quote = (text: string) => `“${text}”`;

function about(params: IntroductionMailParams, locale: Locale): string {
  if (!params.opportunity) return "";
  return locale === "ko" ? ` (협력 기회: ${params.opportunity})` : ` (opportunity: ${params.opportunity})`;
}

const open = { ko: "소개 요청 보기", en: "Open the introduction" } as const;

/** To the brokers: someone asks for an introduction; accept or decline it on the platform. */
export function introductionRequested(
  params: IntroductionMailParams & { requester: string; message: string },
  locale: Locale,
): RenderedMail {
  const pair = `${params.company} ↔ ${params.partner}`;
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `새 소개 요청: ${pair}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.requester}님이 ${params.company}와(과) ${params.partner}의 만남을 주선해 달라고 요청했습니다${about(params, locale)}.`,
        `요청 내용: ${quote(params.message)}`,
        "요청을 검토한 뒤 메시지와 함께 수락하거나 거절해 주세요.",
      ],
      action: { label: open.ko, url: params.url },
      outro: ["이 메일은 이 소개를 주선하는 담당자에게 보냈습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `New introduction request: ${pair}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.requester} asks you to introduce ${params.company} and ${params.partner}${about(params, locale)}.`,
      `Their message: ${quote(params.message)}`,
      "Please review the request, then accept or decline it with a message.",
    ],
    action: { label: open.en, url: params.url },
    outro: ["You receive this because you broker this introduction."],
  });
}

/** To the requester: the request arrived and who brokers it. */
export function introductionReceived(
  params: IntroductionMailParams & { broker: string },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `소개 요청을 접수했습니다: ${params.partner}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.company}와(과) ${params.partner}의 소개 요청을 접수했습니다${about(params, locale)}.`,
        `${params.broker}에서 검토한 뒤 결과를 메일로 알려 드립니다.`,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["미팅이 기록되기 전까지는 페이지에서 요청을 철회할 수 있습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `We received your introduction request: ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [
      `We received your request to introduce ${params.company} and ${params.partner}${about(params, locale)}.`,
      `${params.broker} will review it and let you know by e-mail.`,
    ],
    action: { label: open.en, url: params.url },
    outro: ["Until a meeting is recorded, you can withdraw the request on its page."],
  });
}

/** To both sides: the broker accepted and wrote how the introduction will happen. */
export function introductionAccepted(
  params: IntroductionMailParams & { broker: string; message: string },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `소개 요청이 수락되었습니다: ${params.company} ↔ ${params.partner}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.broker}에서 ${params.company}와(과) ${params.partner}의 소개 요청을 수락했습니다${about(params, locale)}.`,
        `담당자 메시지: ${quote(params.message)}`,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["만남을 가진 뒤 페이지에서 미팅 날짜를 기록해 주세요."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Introduction accepted: ${params.company} ↔ ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.broker} accepted the request to introduce ${params.company} and ${params.partner}${about(params, locale)}.`,
      `Their message: ${quote(params.message)}`,
    ],
    action: { label: open.en, url: params.url },
    outro: ["Once you have met, please record the meeting date on the introduction's page."],
  });
}

/**
 * To the requesting side: the broker declined, with the reason. `closed`: to both sides, the broker closed
 * an accepted introduction before any meeting was recorded.
 */
export function introductionDeclined(
  params: IntroductionMailParams & { broker: string; message: string; closed?: boolean | undefined },
  locale: Locale,
): RenderedMail {
  if (params.closed) return introductionClosed(params, locale);
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `소개 요청이 거절되었습니다: ${params.partner}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.broker}에서 ${params.company}와(과) ${params.partner}의 소개 요청을 거절했습니다${about(params, locale)}.`,
        `담당자 메시지: ${quote(params.message)}`,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["다른 협력 기회나 파트너에 대해 언제든 새로 요청할 수 있습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Introduction declined: ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.broker} declined the request to introduce ${params.company} and ${params.partner}${about(params, locale)}.`,
      `Their message: ${quote(params.message)}`,
    ],
    action: { label: open.en, url: params.url },
    outro: ["You are welcome to ask for other introductions at any time."],
  });
}

function introductionClosed(
  params: IntroductionMailParams & { broker: string; message: string },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `소개가 종료되었습니다: ${params.company} ↔ ${params.partner}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.broker}에서 미팅이 기록되기 전에 ${params.company}와(과) ${params.partner}의 소개를 종료했습니다${about(params, locale)}.`,
        `담당자 메시지: ${quote(params.message)}`,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["필요하면 언제든 새로 소개를 요청할 수 있습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Introduction closed: ${params.company} ↔ ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.broker} closed the introduction of ${params.company} and ${params.partner} before a meeting was recorded${about(params, locale)}.`,
      `Their message: ${quote(params.message)}`,
    ],
    action: { label: open.en, url: params.url },
    outro: ["You are welcome to ask for a new introduction at any time."],
  });
}

const dates = {
  ko: new Intl.DateTimeFormat("ko-KR", { dateStyle: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }),
};

/** A calendar day (YYYY-MM-DD) as people write it: "2026년 3월 5일" / "5 March 2026". */
export function dayOf(iso: string, locale: Locale): string {
  return dates[locale].format(new Date(`${iso}T00:00:00Z`));
}

/** To both sides: the meeting took place; the outcome comes next. */
export function introductionMeeting(
  params: IntroductionMailParams & { heldOn: string; note?: string | undefined },
  locale: Locale,
): RenderedMail {
  const day = dayOf(params.heldOn, locale);
  const note = params.note
    ? [locale === "ko" ? `메모: ${quote(params.note)}` : `Note: ${quote(params.note)}`]
    : [];
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `미팅이 기록되었습니다: ${params.company} ↔ ${params.partner}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.company}와(과) ${params.partner}의 미팅이 ${day}에 열린 것으로 기록되었습니다.`,
        ...note,
      ],
      action: { label: open.ko, url: params.url },
      outro: [
        "거래, 투자, 실증, 계약 같은 결과가 나오면 페이지에 기록해 주세요. 성과는 기업의 기록에 남습니다.",
      ],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Meeting recorded: ${params.company} ↔ ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [`The meeting of ${params.company} and ${params.partner} on ${day} has been recorded.`, ...note],
    action: { label: open.en, url: params.url },
    outro: [
      "When it leads to a deal, an investment, a pilot or a contract, record the outcome on the introduction's page; it stays on the company's record.",
    ],
  });
}

/** To both sides and the broker who accepted: the introduction ended with this outcome. */
export function introductionOutcome(
  params: IntroductionMailParams & {
    outcome: IntroductionOutcome;
    amount?: string | undefined;
    currency?: string | undefined;
    note?: string | undefined;
  },
  locale: Locale,
): RenderedMail {
  const outcome = introductionOutcomeNames[params.outcome][locale];
  const money =
    params.amount && params.currency ? formatMoney(params.amount, params.currency, locale) : undefined;
  const note = params.note
    ? [locale === "ko" ? `메모: ${quote(params.note)}` : `Note: ${quote(params.note)}`]
    : [];
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `소개 결과: ${outcome} — ${params.company} ↔ ${params.partner}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.company}와(과) ${params.partner}의 소개가 마무리되었습니다${about(params, locale)}.`,
        money ? `결과: ${outcome}, 금액 ${money}` : `결과: ${outcome}`,
        ...note,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["함께해 주셔서 감사합니다. 이 성과는 기업의 기록에 남습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Introduction outcome: ${outcome} — ${params.company} ↔ ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [
      `The introduction of ${params.company} and ${params.partner} is complete${about(params, locale)}.`,
      money ? `Outcome: ${outcome}, amount ${money}` : `Outcome: ${outcome}`,
      ...note,
    ],
    action: { label: open.en, url: params.url },
    outro: ["Thank you. The outcome stays on the company's record."],
  });
}

/** To the brokers and the other side: the requesting side took its request back. */
export function introductionWithdrawn(
  params: IntroductionMailParams & { requester: string; message?: string | undefined },
  locale: Locale,
): RenderedMail {
  const why = params.message
    ? [locale === "ko" ? `사유: ${quote(params.message)}` : `Their reason: ${quote(params.message)}`]
    : [];
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `소개 요청이 철회되었습니다: ${params.company} ↔ ${params.partner}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.requester}님이 ${params.company}와(과) ${params.partner}의 소개 요청을 철회했습니다${about(params, locale)}.`,
        ...why,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["더 진행할 일은 없습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Introduction withdrawn: ${params.company} ↔ ${params.partner}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.requester} withdrew the request to introduce ${params.company} and ${params.partner}${about(params, locale)}.`,
      ...why,
    ],
    action: { label: open.en, url: params.url },
    outro: ["Nothing more needs to be done."],
  });
}
