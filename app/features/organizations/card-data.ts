import type { LocalizedText } from "../../../contracts/common/locale-text.ts";
import type { Snippet } from "../../../contracts/organizations/organization.ts";

/** What a result card shows: the public view without its long texts (a page of 20 stays small). */
export type OrganizationCardData = {
  id: string;
  name: LocalizedText;
  kind: string;
  scope: string;
  industries: string[];
  stage: string | null;
  city: string | null;
  country: string | null;
  countryName: string | null;
  zone: string | null;
  summary: LocalizedText | null;
  snippet?: Snippet;
  logoUrl: string | null;
  verified: boolean;
};

/** A day in Korea, for `<time dateTime>`: its ISO value and its text in the page's language. */
export type DayText = { iso: string; text: string };
