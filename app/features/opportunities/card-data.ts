import type { LocalizedText } from "../../../contracts/common/locale-text.ts";
import type { Snippet } from "../../../contracts/organizations/organization.ts";

/** A deadline as the pages show it: the day (Korea) and how many days are left, counted on the server. */
export type DeadlineText = { iso: string; text: string; daysLeft: number };

/** What a list card shows: no long texts, names and dates already in the page's language. */
export type OpportunityCardData = {
  id: string;
  kind: string;
  title: LocalizedText;
  owner: { id: string; name: LocalizedText };
  industries: { code: string; name: string }[];
  markets: { code: string; name: string }[];
  deadline: DeadlineText | null;
  status: "open" | "closed";
  /** Open, but its deadline has passed. */
  expired: boolean;
  snippet?: Snippet;
};
