import type { Locale } from "../../../../contracts/common/locale-text.ts";
import { greeting, type RenderedMail, renderLinkMail } from "./layout.ts";
import { formatDueAt } from "./support-sla.ts";

/**
 * The mails of a new support request: "received" to the company (in the language it asked to be served
 * in) and "new request" to the office. Names arrive in the recipient's language; the first-response due
 * time is written in the office's time zone, named, since that is the clock the SLA counts in.
 */
export type SupportIntakeMailParams = {
  /** The recipient's name; may be empty. */
  name: string;
  /** The request's number ("#1042"). */
  number: number;
  subject: string;
  /** The service asked for, in the recipient's language. */
  service: string;
  /** The office the request went to, in the recipient's language. */
  office: string;
  /** ISO instant of the first-response target, or null without one. */
  firstResponseDueAt: string | null;
  /** The office's IANA zone. */
  timeZone: string;
  /** The request's page, in the recipient's language. */
  url: string;
};

const ref = (params: SupportIntakeMailParams) => `#${params.number} ${params.subject}`;
const open = { ko: "지원 요청 보기", en: "Open the request" } as const;

/** To the company's members: the request arrived, where it went, and by when the office will answer. */
export function supportRequestReceived(params: SupportIntakeMailParams, locale: Locale): RenderedMail {
  const due = params.firstResponseDueAt
    ? formatDueAt(params.firstResponseDueAt, params.timeZone, locale)
    : null;
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `지원 요청을 접수했습니다: ${ref(params)}`,
      greeting: greeting(params.name, locale),
      intro: [
        `지원 요청 ${ref(params)}(${params.service})을 ${params.office}에 접수했습니다.`,
        ...(due ? [`사무소의 첫 응답 목표 시각은 ${due}입니다(사무소 근무 시간 기준).`] : []),
        "답변과 진행 상황은 메일로 알려 드리며, 요청 페이지에서 언제든 확인할 수 있습니다.",
      ],
      action: { label: open.ko, url: params.url },
      outro: ["이 메일은 요청한 기업의 구성원에게 보냈습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Support request received: ${ref(params)}`,
    greeting: greeting(params.name, locale),
    intro: [
      `Your support request ${ref(params)} (${params.service}) was received by ${params.office}.`,
      ...(due ? [`The office aims to answer first by ${due}, counted in its business hours.`] : []),
      "You will get an e-mail for each answer and step; the request's page always shows where it stands.",
    ],
    action: { label: open.en, url: params.url },
    outro: ["You receive this as a member of the company that asked."],
  });
}

/** To the office: the assignee chosen by routing, or every staff member while nobody could be assigned. */
export function supportRequestAssigned(
  params: SupportIntakeMailParams & { company: string; assignedToYou: boolean },
  locale: Locale,
): RenderedMail {
  const due = params.firstResponseDueAt
    ? formatDueAt(params.firstResponseDueAt, params.timeZone, locale)
    : null;
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: params.assignedToYou
        ? `새 지원 요청 배정: ${ref(params)}`
        : `새 지원 요청(담당자 미정): ${ref(params)}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.company}에서 ${params.service} 지원을 요청했습니다: ${ref(params)}.`,
        params.assignedToYou
          ? "업무 분야와 처리 중인 요청 수에 따라 회원님께 배정되었습니다."
          : "배정할 수 있는 직원이 없어 담당자 없이 사무소 대기열에 있습니다. 담당자를 정해 주세요.",
        ...(due ? [`첫 응답 목표 시각: ${due}`] : []),
      ],
      action: { label: open.ko, url: params.url },
      outro: ["이 메일은 이 사무소의 직원에게 보냈습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: params.assignedToYou
      ? `New support request assigned to you: ${ref(params)}`
      : `New support request (unassigned): ${ref(params)}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.company} asks for ${params.service}: ${ref(params)}.`,
      params.assignedToYou
        ? "Routing assigned it to you, by your skills and your open requests."
        : "Nobody could be assigned, so it waits in the office's queue: please choose an assignee.",
      ...(due ? [`First response due: ${due}`] : []),
    ],
    action: { label: open.en, url: params.url },
    outro: ["You receive this as staff of the office."],
  });
}
