import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { OpportunityHit, OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import { koreanDate } from "../admin/format.ts";
import { industryName } from "../organizations/format.ts";
import { countryName, dayText } from "../organizations/labels.server.ts";
import type { DeadlineText, OpportunityCardData } from "./card-data.ts";

/** A deadline in the page's language with the days left until it (0: today; negative: passed). */
export function deadlineText(iso: string, locale: Locale, today = koreanDate()): DeadlineText {
  const daysLeft = Math.round((Date.parse(iso) - Date.parse(today)) / 86_400_000);
  return { ...dayText(iso, locale), daysLeft };
}

/** What the facts and cards show of an opportunity, named in the page's language. */
export function labelsOf(opportunity: OpportunityView, locale: Locale, today = koreanDate()) {
  const deadline = opportunity.deadline ? deadlineText(opportunity.deadline, locale, today) : null;
  return {
    industries: opportunity.industries.map((code) => ({ code, name: industryName(code, locale) })),
    markets: opportunity.markets.map((code) => ({ code, name: countryName(code, locale) })),
    deadline,
    expired: opportunity.status === "open" && deadline !== null && deadline.daysLeft < 0,
  };
}

export function cardOf(hit: OpportunityHit, locale: Locale, today = koreanDate()): OpportunityCardData {
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
