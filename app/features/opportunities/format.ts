import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { translate } from "../../i18n/messages.ts";
import type { DeadlineText } from "./card-data.ts";

/** Labels of the opportunity pages. Safe for the browser. */
export const opportunityKindKey = (kind: string) => `organization.opportunity.${kind}` as MessageKey;
export const statusKey = (status: string) => `opportunities.status.${status}` as MessageKey;

/** "D-12" / "12 days left", "오늘 마감" / "Closes today"; nothing once the day has passed. */
export function daysLeftText(deadline: DeadlineText, locale: Locale): string | undefined {
  if (deadline.daysLeft < 0) return undefined;
  if (deadline.daysLeft === 0) return translate(locale, "opportunities.closesToday");
  if (deadline.daysLeft === 1) return translate(locale, "opportunities.oneDayLeft");
  return translate(locale, "opportunities.daysLeft", { days: deadline.daysLeft.toLocaleString("en-US") });
}
