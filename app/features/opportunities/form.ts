import { type Locale, locales } from "../../../contracts/common/locale-text.ts";
import { type OpportunityTextField, opportunityTextFields } from "../../../contracts/opportunities/kinds.ts";

/*
 * The shapes the opportunity form carries between the server and the page. Browser-safe: no Zod here
 * (the strict CSP forbids what Zod probes for); the schemas run in `form.server.ts`.
 */

/** The form field of one language of a text: "title.en" (also its machine-translated mark). */
export const textKey = (field: OpportunityTextField, locale: Locale) => `${field}.${locale}`;
export const textKeys = opportunityTextFields.flatMap((field) =>
  locales.map((locale) => textKey(field, locale)),
);

/** What the form shows: the saved opportunity, or what was sent when it was refused. */
export type OpportunityFormValues = {
  ownerId: string;
  texts: Record<string, string>;
  machineTranslated: string[];
  kind: string;
  status: string;
  deadline: string;
  industries: string[];
  stages: string[];
  markets: string;
  tags: string;
};

/** Field errors by form field name ("title.ko", "markets", "deadline"), already in the page's language. */
export type FieldErrors = Record<string, string>;

/** What the actions answer when they refuse the input (otherwise they redirect). */
export type OpportunityFormAction =
  | { form: "opportunity"; values: OpportunityFormValues; errors: FieldErrors }
  | { form: "delete"; errors: FieldErrors };

export const emptyValues = (ownerId = ""): OpportunityFormValues => ({
  ownerId,
  texts: Object.fromEntries(textKeys.map((key) => [key, ""])),
  machineTranslated: [],
  kind: "",
  status: "open",
  deadline: "",
  industries: [],
  stages: [],
  markets: "",
  tags: "",
});
