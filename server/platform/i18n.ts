import { z } from "zod";
import { defaultLocale, isLocale, type Locale } from "../../contracts/common/localized.ts";
import {
  referralStatuses,
  referralStatusNames,
  supportStatuses,
  supportStatusNames,
} from "../../contracts/support-requests/vocabulary.ts";

export const LOCALE_COOKIE = "lang";

/** The reader's language: the `lang` cookie set by the language switch, then Accept-Language, then Korean. */
export function negotiateLocale(headers: { cookie?: string; "accept-language"?: string }): Locale {
  const cookie = headers.cookie?.match(/(?:^|;\s*)lang=(ko|en)(?:;|$)/)?.[1];
  if (isLocale(cookie)) return cookie;
  const accepted = headers["accept-language"]
    ?.split(",")
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  const first = accepted?.find(isLocale);
  return first ?? defaultLocale;
}

const zodLocales = { ko: z.locales.ko(), en: z.locales.en() };

/** Our own validation messages (set as keys in contracts/) in both languages. */
const customMessages: Record<string, Record<Locale, string>> = {
  "say why the match is not useful": {
    ko: "유용하지 않은 이유를 골라 주세요",
    en: "say why the match is not useful",
  },
  "must be a partner when the organization is local, and a local organization when it is a partner": {
    ko: "기관이 지역 기업이면 파트너를, 파트너이면 지역 기업을 지정해야 합니다",
    en: "must be a partner when the organization is local, and a local organization when it is a partner",
  },
  "needs at least one of ko or en": {
    ko: "한국어(ko) 또는 영어(en) 중 하나 이상이 필요합니다",
    en: "needs at least one of ko or en",
  },
  "must be kebab-case (a-z, 0-9 and -)": {
    ko: "소문자, 숫자, 하이픈(-)만 쓸 수 있습니다",
    en: "must be kebab-case (a-z, 0-9 and -)",
  },
  "must be an ISO 3166-1 alpha-2 code such as KR or US": {
    ko: "KR, US 같은 ISO 3166-1 두 글자 국가 코드여야 합니다",
    en: "must be an ISO 3166-1 alpha-2 code such as KR or US",
  },
  "is not an industry code of the taxonomy (contract §6)": {
    ko: "산업 분류(계약 §6)에 없는 코드입니다",
    en: "is not an industry code of the taxonomy (contract §6)",
  },
  "is not an organization of the directory": {
    ko: "디렉터리에 없는 기관입니다",
    en: "is not an organization of the directory",
  },
  "must be a phone number such as +82 53-120-1234": {
    ko: "+82 53-120-1234 같은 전화번호여야 합니다",
    en: "must be a phone number such as +82 53-120-1234",
  },
  "must be 10 digits (000-00-00000)": {
    ko: "10자리 숫자(000-00-00000)여야 합니다",
    en: "must be 10 digits (000-00-00000)",
  },
  'must be a field and language such as "summary.en"': {
    ko: '"summary.en"처럼 항목과 언어여야 합니다',
    en: 'must be a field and language such as "summary.en"',
  },
  "is not an industry code": { ko: "산업 분류 코드가 아닙니다", en: "is not an industry code" },
  "is not a zone of the directory": {
    ko: "등록된 특구·단지가 아닙니다",
    en: "is not a zone of the directory",
  },
  "needs duplicateId or duplicateIds": {
    ko: "duplicateId 또는 duplicateIds 중 하나가 필요합니다",
    en: "needs duplicateId or duplicateIds",
  },
  "cannot be merged into itself": {
    ko: "자기 자신과 병합할 수 없습니다",
    en: "cannot be merged into itself",
  },
  'must be a field and language such as "title.en"': {
    ko: '"title.en"처럼 항목과 언어여야 합니다',
    en: 'must be a field and language such as "title.en"',
  },
  "is already used by another opportunity": {
    ko: "다른 협력 기회가 이미 쓰고 있습니다",
    en: "is already used by another opportunity",
  },
  "must be an ISO 8601 date (YYYY-MM-DD)": {
    ko: "ISO 8601 날짜(YYYY-MM-DD)여야 합니다",
    en: "must be an ISO 8601 date (YYYY-MM-DD)",
  },
  // Introductions (server/modules/introductions).
  "is not an opportunity of the directory": {
    ko: "등록된 협력 기회가 아닙니다",
    en: "is not an opportunity of the directory",
  },
  "is closed": { ko: "마감된 협력 기회입니다", en: "is closed" },
  "is not the owner of the opportunity": {
    ko: "협력 기회를 올린 기관이 아닙니다",
    en: "is not the owner of the opportunity",
  },
  "is required when you act for no organization": {
    ko: "기관을 대표하지 않을 때는 필수입니다",
    en: "is required when you act for no organization",
  },
  "you must act for a company or partner organization": {
    ko: "기업이나 파트너 기관을 대표해야 요청할 수 있습니다",
    en: "you must act for a company or partner organization",
  },
  "must be the organization you act for": {
    ko: "지금 대표하고 있는 기관이어야 합니다",
    en: "must be the organization you act for",
  },
  "is not an opportunity of your organization": {
    ko: "내 기관의 협력 기회가 아닙니다",
    en: "is not an opportunity of your organization",
  },
  "must be a local organization": { ko: "대구 지역 기관이어야 합니다", en: "must be a local organization" },
  "cannot be introduced to itself": {
    ko: "같은 기관끼리는 소개할 수 없습니다",
    en: "cannot be introduced to itself",
  },
  "already has an open introduction with this company": {
    ko: "이 기업과 진행 중인 소개 요청이 이미 있습니다",
    en: "already has an open introduction with this company",
  },
  "must not be in the future": { ko: "미래 날짜일 수 없습니다", en: "must not be in the future" },
  "must be empty when there is no outcome": {
    ko: "성과가 없으면 금액을 비워 두어야 합니다",
    en: "must be empty when there is no outcome",
  },
  "must be an ISO 4217 currency code such as USD or KRW": {
    ko: "USD, KRW 같은 ISO 4217 통화 코드여야 합니다",
    en: "must be an ISO 4217 currency code such as USD or KRW",
  },
  "amount and currency go together": {
    ko: "금액과 통화는 함께 입력해야 합니다",
    en: "amount and currency go together",
  },
  // Offices (contracts/offices/office.ts, server/modules/offices).
  "must be a time HH:MM such as 09:00": {
    ko: "09:00 같은 시각(HH:MM)이어야 합니다",
    en: "must be a time HH:MM such as 09:00",
  },
  "must start before it ends": {
    ko: "시작 시각이 종료 시각보다 빨라야 합니다",
    en: "must start before it ends",
  },
  "must list the seven weekdays, Sunday first": {
    ko: "일요일부터 7개 요일을 모두 적어야 합니다",
    en: "must list the seven weekdays, Sunday first",
  },
  "must open on at least one weekday": {
    ko: "적어도 하루는 문을 열어야 합니다",
    en: "must open on at least one weekday",
  },
  "must not be longer than the resolution target": {
    ko: "해결 목표 시간보다 길 수 없습니다",
    en: "must not be longer than the resolution target",
  },
  "must be an IANA time zone such as America/Los_Angeles": {
    ko: "America/Los_Angeles 같은 IANA 시간대여야 합니다",
    en: "must be an IANA time zone such as America/Los_Angeles",
  },
  "must name at least one country": {
    ko: "담당 국가를 하나 이상 적어야 합니다",
    en: "must name at least one country",
  },
  "must offer at least one service": {
    ko: "지원 분야를 하나 이상 골라야 합니다",
    en: "must offer at least one service",
  },
  "must be an overseas-office organization": {
    ko: "해외사무소 기관이어야 합니다",
    en: "must be an overseas-office organization",
  },
  "already has a support desk": { ko: "이미 지원 창구가 있습니다", en: "already has a support desk" },
  "is already served by another office": {
    ko: "다른 해외사무소가 이미 담당하는 국가입니다",
    en: "is already served by another office",
  },
  "is not a member of the office's organization": {
    ko: "이 해외사무소 기관의 구성원이 아닙니다",
    en: "is not a member of the office's organization",
  },
  // The support desk's workflow and thread (server/modules/support-requests/workflow.ts, thread.ts).
  ...Object.fromEntries(
    supportStatuses.map((status) => [
      `is not possible while the request is ${supportStatusNames[status].en.toLowerCase()}`,
      {
        ko: `요청이 '${supportStatusNames[status].ko}' 상태일 때는 할 수 없습니다`,
        en: `is not possible while the request is ${supportStatusNames[status].en.toLowerCase()}`,
      },
    ]),
  ),
  // Referral outcomes (server/modules/support-requests/referrals.ts).
  ...Object.fromEntries(
    referralStatuses.map((status) => [
      `is not possible: the referral is already ${referralStatusNames[status].en.toLowerCase()}`,
      {
        ko: `연계가 이미 '${referralStatusNames[status].ko}' 상태라 바꿀 수 없습니다`,
        en: `is not possible: the referral is already ${referralStatusNames[status].en.toLowerCase()}`,
      },
    ]),
  ),
  // The office dashboard's period (server/modules/support-requests/dashboard.ts, dashboard.routes.ts).
  "must be a date and time": { ko: "날짜와 시각이어야 합니다", en: "must be a date and time" },
  "must be before to": { ko: "끝(to)보다 앞서야 합니다", en: "must be before to" },
  "must be at most two years after from": {
    ko: "시작(from)에서 2년 이내여야 합니다",
    en: "must be at most two years after from",
  },
  "must be an ISO 8601 date and time such as 2026-03-02T00:00:00-08:00": {
    ko: "2026-03-02T00:00:00-08:00 같은 ISO 8601 날짜·시각이어야 합니다",
    en: "must be an ISO 8601 date and time such as 2026-03-02T00:00:00-08:00",
  },
  "can no longer be reopened: the reopen period has ended": {
    ko: "재개 가능 기간이 지나 다시 열 수 없습니다",
    en: "can no longer be reopened: the reopen period has ended",
  },
  "is required when asking the company for an answer": {
    ko: "기업에 답변을 요청할 때는 메시지가 필요합니다",
    en: "is required when asking the company for an answer",
  },
  "can be used in internal notes only": {
    ko: "내부 메모에서만 쓸 수 있습니다",
    en: "can be used in internal notes only",
  },
  "must be staff of the office or of the city": {
    ko: "이 사무소 직원이나 시 담당자여야 합니다",
    en: "must be staff of the office or of the city",
  },
  "must be a staff member of the office": {
    ko: "이 사무소의 직원이어야 합니다",
    en: "must be a staff member of the office",
  },
  "choose what to change: assignee, priority or status": {
    ko: "바꿀 항목(담당자, 우선순위, 상태)을 골라 주세요",
    en: "choose what to change: assignee, priority or status",
  },
  "select at least one request": { ko: "요청을 하나 이상 골라 주세요", en: "select at least one request" },
  "can no longer be changed: the request is closed": {
    ko: "종료된 요청의 평가는 바꿀 수 없습니다",
    en: "can no longer be changed: the request is closed",
  },
  // The support desk's intake, queue and attachments (server/modules/support-requests: intake.ts, routing.ts,
  // queue.ts, attachments.ts). Messages about a file get its quoted name in front (see localizeMessage).
  "must be at most 10 MB": { ko: "10MB 이하여야 합니다", en: "must be at most 10 MB" },
  "must be at most 5 files": { ko: "파일은 5개까지 첨부할 수 있습니다", en: "must be at most 5 files" },
  "must not be empty": { ko: "빈 파일은 첨부할 수 없습니다", en: "must not be empty" },
  "must be a PDF, an image (PNG, JPEG, WebP), a Word, Excel or PowerPoint file (docx, xlsx, pptx), a Hangul document (hwp, hwpx) or UTF-8 text (txt, csv)":
    {
      ko: "PDF, 이미지(PNG, JPEG, WebP), 워드·엑셀·파워포인트 파일(docx, xlsx, pptx), 한글 문서(hwp, hwpx), UTF-8 텍스트(txt, csv)만 첨부할 수 있습니다",
      en: "must be a PDF, an image (PNG, JPEG, WebP), a Word, Excel or PowerPoint file (docx, xlsx, pptx), a Hangul document (hwp, hwpx) or UTF-8 text (txt, csv)",
    },
  "must be sent as multipart/form-data": {
    ko: "multipart/form-data 형식으로 보내야 합니다",
    en: "must be sent as multipart/form-data",
  },
  "files go under attachments": {
    ko: "파일은 attachments 항목으로 보내야 합니다",
    en: "files go under attachments",
  },
  "cannot be added: the request is closed": {
    ko: "종료된 요청에는 파일을 첨부할 수 없습니다",
    en: "cannot be added: the request is closed",
  },
  "must be a market an office serves": {
    ko: "해외사무소가 담당하는 시장이어야 합니다",
    en: "must be a market an office serves",
  },
  "no office takes requests yet": {
    ko: "아직 요청을 받는 해외사무소가 없습니다",
    en: "no office takes requests yet",
  },
  "is not offered by the office serving this market": {
    ko: "이 시장을 담당하는 해외사무소가 제공하지 않는 분야입니다",
    en: "is not offered by the office serving this market",
  },
  "must be an organization you belong to": {
    ko: "내가 속한 기관이어야 합니다",
    en: "must be an organization you belong to",
  },
  "you must act for a local company": {
    ko: "지역 기업을 대표해야 지원을 요청할 수 있습니다",
    en: "you must act for a local company",
  },
  "must be a local company": { ko: "대구 지역 기업이어야 합니다", en: "must be a local company" },
  "must be an office you work for": {
    ko: "내가 근무하는 해외사무소여야 합니다",
    en: "must be an office you work for",
  },
  // Referrals to outside partners (server/modules/support-requests/referrals.ts).
  "must be an e-mail address": { ko: "이메일 주소여야 합니다", en: "must be an e-mail address" },
  // Uploads (server/modules/organizations/logo.ts).
  "is required": { ko: "필수 항목입니다", en: "is required" },
  "must be at most 5 MB": { ko: "5MB 이하여야 합니다", en: "must be at most 5 MB" },
  "must be at most 50 megapixels": {
    ko: "5천만 화소 이하여야 합니다",
    en: "must be at most 50 megapixels",
  },
  "must be a JPEG, PNG, WebP, GIF, AVIF or TIFF image": {
    ko: "JPEG, PNG, WebP, GIF, AVIF, TIFF 이미지여야 합니다",
    en: "must be a JPEG, PNG, WebP, GIF, AVIF or TIFF image",
  },
  "could not be read as an image": {
    ko: "이미지로 읽을 수 없습니다",
    en: "could not be read as an image",
  },
  "must be sent as the image itself (Content-Type image/* or application/octet-stream)": {
    ko: "이미지 파일 자체를 본문으로 보내야 합니다(Content-Type image/* 또는 application/octet-stream)",
    en: "must be sent as the image itself (Content-Type image/* or application/octet-stream)",
  },
};

const required: Record<Locale, string> = { ko: "필수 항목입니다", en: "is required" };

/**
 * One of our own field messages (written in English in the code) in the reader's language. A message may
 * carry data the dictionary cannot hold: a quoted name in front (`“report.pdf” must be at most 10 MB`) or a
 * list after a colon (`must be a market an office serves: US, VN`); only the words are translated.
 */
export function localizeMessage(message: string, locale: Locale): string {
  const known = customMessages[message]?.[locale];
  if (known) return known;
  const named = /^(“[^”]*”) (.+)$/s.exec(message);
  if (named) return `${named[1]}${locale === "ko" ? ": " : " "}${localizeMessage(named[2]!, locale)}`;
  const listed = /^([^:]+): (.+)$/s.exec(message);
  const head = listed ? customMessages[listed[1]!]?.[locale] : undefined;
  return head ? `${head}: ${listed![2]}` : message;
}

/** Renders one Zod issue in the reader's language, keeping our own wording where the schema set one. */
export function localizeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const custom = customMessages[issue.message];
  if (custom) return custom[locale];
  // Zod reports a missing field as a type mismatch against `undefined`; people understand "required".
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) return required[locale];
  const rendered = zodLocales[locale].localeError?.(issue as never);
  const text = typeof rendered === "string" ? rendered : rendered?.message;
  return text ?? issue.message;
}

/** `a.b[2].c` style path of an issue, as users and the import report name fields. */
export function issuePath(issue: z.core.$ZodIssue): string {
  let out = "";
  for (const key of issue.path) {
    out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join(", ");
    return out ? `${out}.${keys}` : keys;
  }
  return out || "(record)";
}
