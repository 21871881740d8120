import type { Locale } from "../../../../contracts/common/locale-text.ts";
import type { SlaMetric } from "../../../../contracts/support-requests/vocabulary.ts";
import { duration, greeting, type RenderedMail, renderLinkMail } from "./layout.ts";

/**
 * The support desk's SLA mails: a warning before a clock runs out and a breach when it has, to the assignee
 * (or the office's staff while nobody is assigned); and the automatic closing of a resolved request, to the
 * company. Due times are shown in the office's time zone, named, since that is the clock the SLA counts in.
 */
export type SupportSlaMailParams = {
  /** The recipient's name; may be empty. */
  name: string;
  number: number;
  subject: string;
  /** The company's name in the recipient's language. */
  company: string;
  /** The request's page, in the recipient's language. */
  url: string;
};

export type SlaClockParams = SupportSlaMailParams & {
  metric: SlaMetric;
  /** ISO instant. */
  dueAt: string;
  /** The office's IANA zone, in which the due time is written. */
  timeZone: string;
};

const metricNames: Record<SlaMetric, Record<Locale, string>> = {
  "first-response": { ko: "첫 응답", en: "first response" },
  resolution: { ko: "해결", en: "resolution" },
};

const open = { ko: "지원 요청 보기", en: "Open the request" } as const;

/** "2026년 3월 9일 (월) 오전 10:00 PDT (America/Los_Angeles)" / "Mon, March 9, 2026, 10:00 AM PDT (America/Los_Angeles)". */
export function formatDueAt(iso: string, timeZone: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
  return `${format.format(new Date(iso))} (${timeZone})`;
}

const ref = (params: SupportSlaMailParams) => `#${params.number} ${params.subject}`;

/** Before the clock runs out: how long is left in the office's business hours, and until when. */
export function supportSlaWarning(
  params: SlaClockParams & { remainingMinutes: number },
  locale: Locale,
): RenderedMail {
  const due = formatDueAt(params.dueAt, params.timeZone, locale);
  const left = duration(Math.max(1, Math.round(params.remainingMinutes)), locale);
  const metric = metricNames[params.metric][locale];
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `SLA 경고: ${ref(params)}의 ${metric} 기한이 다가옵니다`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.company}의 지원 요청 ${ref(params)}의 ${metric} 기한은 ${due}입니다.`,
        `사무소 영업시간 기준으로 ${left} 남았습니다. 기한 안에 처리해 주세요.`,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["이 메일은 이 요청의 담당자(담당자가 없으면 사무소 직원)에게 보냈습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `SLA warning: ${metric} for ${ref(params)} is due soon`,
    greeting: greeting(params.name, locale),
    intro: [
      `The ${metric} to ${params.company}'s support request ${ref(params)} is due ${due}.`,
      `Time left in the office's business hours: ${left}. Please act before then.`,
    ],
    action: { label: open.en, url: params.url },
    outro: ["You receive this as the request's assignee (or the office's staff while nobody is assigned)."],
  });
}

/** The clock ran out: the breach is recorded. */
export function supportSlaBreach(params: SlaClockParams, locale: Locale): RenderedMail {
  const due = formatDueAt(params.dueAt, params.timeZone, locale);
  const metric = metricNames[params.metric][locale];
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `SLA 위반: ${ref(params)}의 ${metric} 기한이 지났습니다`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.company}의 지원 요청 ${ref(params)}의 ${metric} 기한(${due})이 지나 SLA 위반으로 기록되었습니다.`,
        "가능한 한 빨리 처리해 주세요.",
      ],
      action: { label: open.ko, url: params.url },
      outro: ["이 메일은 이 요청의 담당자(담당자가 없으면 사무소 직원)에게 보냈습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `SLA breached: ${metric} for ${ref(params)} is overdue`,
    greeting: greeting(params.name, locale),
    intro: [
      `The ${metric} to ${params.company}'s support request ${ref(params)} was due ${due}; the breach is recorded.`,
      "Please deal with it as soon as you can.",
    ],
    action: { label: open.en, url: params.url },
    outro: ["You receive this as the request's assignee (or the office's staff while nobody is assigned)."],
  });
}

/** To the company: a resolved request closed itself when the reopen period ended. */
export function supportAutoclosed(
  params: SupportSlaMailParams & { reopenDays: number },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `지원 요청이 종료되었습니다: ${ref(params)}`,
      greeting: greeting(params.name, locale),
      intro: [
        `해결된 지원 요청 ${ref(params)}의 재개 가능 기간(${params.reopenDays}일)이 지나 자동으로 종료되었습니다.`,
        "도움이 더 필요하면 새 지원 요청을 보내 주세요.",
      ],
      action: { label: open.ko, url: params.url },
      outro: ["이 메일은 요청한 기업의 구성원에게 보냈습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Support request closed: ${ref(params)}`,
    greeting: greeting(params.name, locale),
    intro: [
      `Support request ${ref(params)} was resolved and its reopen period (${params.reopenDays} day${params.reopenDays === 1 ? "" : "s"}) has ended, so it closed itself.`,
      "If you need more help, please send a new support request.",
    ],
    action: { label: open.en, url: params.url },
    outro: ["You receive this as a member of the company that asked."],
  });
}
