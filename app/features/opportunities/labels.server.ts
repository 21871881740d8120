import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { OpportunityHit, OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import { industryName } from "../organizations/format.ts";
import { countryName, dayText } from "../organizations/labels.server.ts";
import type { DeadlineText, OpportunityCardData } from "./card-data.ts";

const seoulDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today as a day in Korea (YYYY-MM-DD): deadlines are Korean calendar days, as the API counts them. */
export function todayInKorea(now = new Date()): string {
  return seoulDay.format(now);
}

/** A deadline in the page's language with the days left until it (0: today; negative: passed). */
export function deadlineText(iso: string, locale: Locale, today = todayInKorea()): DeadlineText {
  const daysLeft = Math.round((Date.parse(iso) - Date.parse(today)) / 86_400_000);
  return { ...dayText(iso, locale), daysLeft };
}

/** What the facts and cards show of an opportunity, named in the page's language. */
export function labelsOf(opportunity: OpportunityView, locale: Locale, today = todayInKorea()) {
  const deadline = opportunity.deadline ? deadlineText(opportunity.deadline, locale, today) : null;
  return {
    industries: opportunity.industries.map((code) => ({ code, name: industryName(code, locale) })),
    markets: opportunity.markets.map((code) => ({ code, name: countryName(code, locale) })),
    deadline,
    expired: opportunity.status === "open" && deadline !== null && deadline.daysLeft < 0,
  };
}

export function cardOf(hit: OpportunityHit, locale: Locale, today = todayInKorea()): OpportunityCardData {
  return {
    id: hit.id,
    kind: hit.kind,
    title: hit.title,
    owner: { id: hit.owner.id, name: hit.owner.name },
    status: hit.status,
    ...labelsOf(hit, locale, today),
    ...(hit.snippet ? { snippet: hit.snippet } : {}),
  };
}
