import type { Locale } from "../../../../contracts/common/locale-text.ts";
import {
  type SupportPriority,
  type SupportStatus,
  supportPriorityNames,
  supportStatusNames,
} from "../../../../contracts/support-requests/vocabulary.ts";
import { greeting, type RenderedMail, renderLinkMail } from "./layout.ts";

/**
 * The mails of a support request's workflow and thread: status changes, replies, mentions, assignments
 * and ratings. Status and priority names are rendered here, in the recipient's language.
 */
export type SupportMailParams = {
  /** The recipient's name; may be empty. */
  name: string;
  /** The request's number ("#1042"). */
  number: number;
  /** The request's subject, as the company wrote it. */
  subject: string;
  /** The request's page, in the recipient's language. */
  url: string;
};

/** Long messages are cut in mail: the whole text is on the request's page. */
const MAX_QUOTE = 2000;

function quote(text: string): string {
  const trimmed = text.trim();
  return `“${trimmed.length > MAX_QUOTE ? `${trimmed.slice(0, MAX_QUOTE)}…` : trimmed}”`;
}

const ref = (params: SupportMailParams) => `#${params.number} ${params.subject}`;

const open = { ko: "지원 요청 보기", en: "Open the request" } as const;

/** To the other side: the request moved in the workflow (with the message that came with it). */
export function supportRequestStatus(
  params: SupportMailParams & {
    from: SupportStatus;
    to: SupportStatus;
    actor: string;
    message?: string | undefined;
  },
  locale: Locale,
): RenderedMail {
  const from = supportStatusNames[params.from][locale];
  const to = supportStatusNames[params.to][locale];
  if (locale === "ko") {
    const next: Partial<Record<SupportStatus, string>> = {
      "waiting-on-company": "사무소가 기업의 답변을 기다리고 있습니다. 요청 페이지에서 답변해 주세요.",
      resolved: "해결 내용이 맞지 않으면 재개 가능 기간 안에 요청 페이지에서 다시 열 수 있습니다.",
    };
    return renderLinkMail({
      locale,
      subject: `지원 요청 상태 변경: ${ref(params)} — ${to}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.actor}님이 지원 요청 ${ref(params)}의 상태를 '${from}'에서 '${to}'(으)로 바꿨습니다.`,
        ...(params.message ? [`메시지: ${quote(params.message)}`] : []),
        ...(next[params.to] ? [next[params.to]!] : []),
      ],
      action: { label: open.ko, url: params.url },
      outro: ["이 메일은 이 지원 요청의 당사자에게 보냈습니다."],
    });
  }
  const next: Partial<Record<SupportStatus, string>> = {
    "waiting-on-company": "The office is waiting for your answer: please reply on the request's page.",
    resolved: "If this does not solve it, you can reopen the request on its page within the reopen period.",
  };
  return renderLinkMail({
    locale,
    subject: `Support request ${ref(params)}: ${to}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.actor} moved support request ${ref(params)} from “${from}” to “${to}”.`,
      ...(params.message ? [`Message: ${quote(params.message)}`] : []),
      ...(next[params.to] ? [next[params.to]!] : []),
    ],
    action: { label: open.en, url: params.url },
    outro: ["You receive this because you take part in this support request."],
  });
}

/** To the other side: a new public reply in the thread. */
export function supportRequestReply(
  params: SupportMailParams & { author: string; body: string },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `새 답변: ${ref(params)}`,
      greeting: greeting(params.name, locale),
      intro: [`${params.author}님이 지원 요청 ${ref(params)}에 답변했습니다.`, quote(params.body)],
      action: { label: open.ko, url: params.url },
      outro: ["답장은 요청 페이지에서 해 주세요. 이 메일에 회신해도 전달되지 않습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `New reply: ${ref(params)}`,
    greeting: greeting(params.name, locale),
    intro: [`${params.author} replied to support request ${ref(params)}.`, quote(params.body)],
    action: { label: open.en, url: params.url },
    outro: ["Please answer on the request's page: replies to this e-mail are not delivered."],
  });
}

/** To office staff named with @ in an internal note (the company never gets this). */
export function supportRequestMention(
  params: SupportMailParams & { author: string; body: string },
  locale: Locale,
): RenderedMail {
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `내부 메모에서 회원님을 언급했습니다: ${ref(params)}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.author}님이 지원 요청 ${ref(params)}의 내부 메모에서 회원님을 언급했습니다.`,
        quote(params.body),
      ],
      action: { label: open.ko, url: params.url },
      outro: ["내부 메모는 사무소와 시 담당자만 볼 수 있고, 기업에는 보이지 않습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `You were mentioned in an internal note: ${ref(params)}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.author} mentioned you in an internal note on support request ${ref(params)}.`,
      quote(params.body),
    ],
    action: { label: open.en, url: params.url },
    outro: ["Internal notes are seen by the office and the city only, never by the company."],
  });
}

/** To the staff member a request was (re)assigned to. */
export function supportRequestAssignedToYou(
  params: SupportMailParams & { actor: string; company: string; priority: SupportPriority },
  locale: Locale,
): RenderedMail {
  const priority = supportPriorityNames[params.priority][locale];
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `담당 지원 요청: ${ref(params)}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.actor}님이 ${params.company}의 지원 요청 ${ref(params)}을(를) 회원님에게 배정했습니다.`,
        `우선순위: ${priority}`,
      ],
      action: { label: open.ko, url: params.url },
      outro: ["응답 기한(SLA)은 요청 페이지와 사무소 대기열에서 확인할 수 있습니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Assigned to you: ${ref(params)}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.actor} assigned support request ${ref(params)} from ${params.company} to you.`,
      `Priority: ${priority}`,
    ],
    action: { label: open.en, url: params.url },
    outro: ["The SLA due times are on the request's page and in the office queue."],
  });
}

/** To the office: the company rated the support it got. */
export function supportRequestRated(
  params: SupportMailParams & { company: string; score: number; comment?: string | undefined },
  locale: Locale,
): RenderedMail {
  const stars = `${"★".repeat(params.score)}${"☆".repeat(Math.max(0, 5 - params.score))}`;
  if (locale === "ko") {
    return renderLinkMail({
      locale,
      subject: `만족도 평가 ${params.score}/5: ${ref(params)}`,
      greeting: greeting(params.name, locale),
      intro: [
        `${params.company}에서 지원 요청 ${ref(params)}에 만족도 ${params.score}/5 ${stars}를 남겼습니다.`,
        ...(params.comment ? [`의견: ${quote(params.comment)}`] : []),
      ],
      action: { label: open.ko, url: params.url },
      outro: ["평가는 사무소 대시보드에도 반영됩니다."],
    });
  }
  return renderLinkMail({
    locale,
    subject: `Rated ${params.score}/5: ${ref(params)}`,
    greeting: greeting(params.name, locale),
    intro: [
      `${params.company} rated the support on request ${ref(params)} ${params.score}/5 ${stars}.`,
      ...(params.comment ? [`Comment: ${quote(params.comment)}`] : []),
    ],
    action: { label: open.en, url: params.url },
    outro: ["Ratings also show on the office dashboard."],
  });
}
