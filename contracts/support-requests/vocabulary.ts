/**
 * The support desk's vocabulary without Zod, safe to ship to the browser (the strict CSP forbids what Zod
 * probes for). The schemas in `support-request.ts` and `../offices/office.ts` re-export it.
 */

/** What a company can ask an overseas office for (PRODUCT.md: the one-stop support desk). */
export const supportServices = [
  "market-research",
  "buyer-matching",
  "legal-tax",
  "certification",
  "marketing-events",
  "office-space",
  "interpretation",
] as const;
export type SupportService = (typeof supportServices)[number];

export const supportServiceNames: Record<SupportService, { ko: string; en: string }> = {
  "market-research": { ko: "시장 조사", en: "Market research" },
  "buyer-matching": { ko: "바이어 매칭", en: "Buyer matching" },
  "legal-tax": { ko: "법률·세무", en: "Legal and tax" },
  certification: {
    ko: "인증 (FDA 식품시설 등록, 510(k) 등)",
    en: "Certification (FDA food facility, 510(k) …)",
  },
  "marketing-events": {
    ko: "마케팅·전시 (LA 한인축제 등)",
    en: "Marketing and exhibitions (LA Korean Festival …)",
  },
  "office-space": { ko: "사무 공간", en: "Office space" },
  interpretation: { ko: "통역", en: "Interpretation" },
};

/**
 * The workflow: new → triaged → in-progress ⇄ waiting-on-company → resolved → closed; a resolved request
 * can be reopened (back to in-progress) within the office's `reopenDays`; closed is final.
 */
export const supportStatuses = [
  "new",
  "triaged",
  "in-progress",
  "waiting-on-company",
  "resolved",
  "closed",
] as const;
export type SupportStatus = (typeof supportStatuses)[number];
export const openSupportStatuses = ["new", "triaged", "in-progress", "waiting-on-company"] as const;

export const supportStatusNames: Record<SupportStatus, { ko: string; en: string }> = {
  new: { ko: "접수", en: "New" },
  triaged: { ko: "분류됨", en: "Triaged" },
  "in-progress": { ko: "처리 중", en: "In progress" },
  "waiting-on-company": { ko: "기업 응답 대기", en: "Waiting on company" },
  resolved: { ko: "해결됨", en: "Resolved" },
  closed: { ko: "종료", en: "Closed" },
};

export const supportPriorities = ["low", "normal", "high", "urgent"] as const;
export type SupportPriority = (typeof supportPriorities)[number];

export const supportPriorityNames: Record<SupportPriority, { ko: string; en: string }> = {
  low: { ko: "낮음", en: "Low" },
  normal: { ko: "보통", en: "Normal" },
  high: { ko: "높음", en: "High" },
  urgent: { ko: "긴급", en: "Urgent" },
};

/** The two SLA clocks of a request. */
export const slaMetrics = ["first-response", "resolution"] as const;
export type SlaMetric = (typeof slaMetrics)[number];

/**
 * A clock's state: `running` (due in the future), `paused` (waiting on the company), `met` (answered or
 * resolved in time), `breached` (the due time passed first), `none` (no target).
 */
export const slaStates = ["running", "paused", "met", "breached", "none"] as const;
export type SlaState = (typeof slaStates)[number];

/** A public reply is seen by the company; an internal note only by the office and the city. */
export const messageVisibilities = ["public", "internal"] as const;
export type MessageVisibility = (typeof messageVisibilities)[number];

/** Where a referral to an outside partner (KOTRA, a chamber of commerce) stands. */
export const referralStatuses = ["sent", "accepted", "declined", "completed"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralStatusNames: Record<ReferralStatus, { ko: string; en: string }> = {
  sent: { ko: "의뢰함", en: "Sent" },
  accepted: { ko: "수락됨", en: "Accepted" },
  declined: { ko: "거절됨", en: "Declined" },
  completed: { ko: "완료", en: "Completed" },
};

/** Built-in public-holiday sets an office can observe (besides its own closure dates). */
export const holidayCalendars = ["kr", "us"] as const;
export type HolidayCalendar = (typeof holidayCalendars)[number];

/** Attachments: at most this many bytes each, and this many per request or message. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 5;
/** What an attachment may be, recognized by its bytes (see server/modules/support-requests/attachments.ts). */
export const attachmentKinds = [
  "pdf",
  "png",
  "jpeg",
  "webp",
  "docx",
  "xlsx",
  "pptx",
  "hwp",
  "hwpx",
  "txt",
  "csv",
] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];
