import type { Locale } from "../common/locale-text.ts";
import type { IntroductionOutcome, IntroductionStatus } from "./states.ts";

/*
 * Names of the steps and outcomes of an introduction, and amounts as people write them; Zod-free, so the
 * pages, the mail templates and the API share them without shipping Zod to the browser.
 */

export const introductionStatusNames = {
  requested: { ko: "요청됨", en: "Requested" },
  accepted: { ko: "수락됨", en: "Accepted" },
  declined: { ko: "거절됨", en: "Declined" },
  "meeting-held": { ko: "미팅 완료", en: "Meeting held" },
  completed: { ko: "결과 기록됨", en: "Completed" },
  withdrawn: { ko: "철회됨", en: "Withdrawn" },
} as const satisfies Record<IntroductionStatus, Record<Locale, string>>;

export const introductionOutcomeNames = {
  deal: { ko: "거래", en: "Deal" },
  investment: { ko: "투자", en: "Investment" },
  pilot: { ko: "실증(파일럿)", en: "Pilot" },
  contract: { ko: "계약", en: "Contract" },
  none: { ko: "성과 없음", en: "No outcome" },
} as const satisfies Record<IntroductionOutcome, Record<Locale, string>>;

/** An amount in its currency by Intl ("US$250,000.00"); a code Intl does not know gives "250000 XYZ". */
export function formatMoney(amount: string, currency: string, locale: Locale): string {
  try {
    return new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", {
      style: "currency",
      currency,
    }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}
