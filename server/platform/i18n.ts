import { z } from "zod";
import { defaultLocale, isLocale, type Locale } from "../../contracts/common/localized.ts";

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

/** One of our own field messages (written in English in the code) in the reader's language. */
export function localizeMessage(message: string, locale: Locale): string {
  return customMessages[message]?.[locale] ?? message;
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
