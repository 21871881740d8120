import { type Locale, locales } from "../../../../contracts/common/locale-text.ts";

/*
 * The shapes the editor's forms carry between the server and the page. Browser-safe: no Zod here (the
 * strict CSP forbids what Zod probes for), the schemas run in `edit.server.ts`.
 */

/** Localized fields, in the order the form shows them (those `machineTranslated` may name). */
export const textFields = ["name", "summary", "description", "seeking", "offering"] as const;
export type TextField = (typeof textFields)[number];

/** The form field of one language of a text: "summary.en" (also the machine-translated mark). */
export const textKey = (field: TextField, locale: Locale) => `${field}.${locale}`;

/** What the edit form shows: the saved profile, or what was sent when it was refused. */
export type EditValues = {
  texts: Record<string, string>;
  machineTranslated: string[];
  industries: string[];
  tags: string;
  stage: string;
  foundedYear: string;
  employees: string;
  website: string;
  country: string;
  city: string;
  zone: string;
  targetMarkets: string;
  contactEmail: string;
  contactPhone: string;
  registrationNumber: string;
};

export const scalarFields = [
  "tags",
  "stage",
  "foundedYear",
  "employees",
  "website",
  "country",
  "city",
  "zone",
  "targetMarkets",
  "contactEmail",
  "contactPhone",
  "registrationNumber",
] as const;

/** A person being added: the form's fields by name. */
export const personFields = ["name.ko", "name.en", "title.ko", "title.en", "email", "phone"] as const;
export type PersonValues = Record<(typeof personFields)[number], string>;

/** Field errors by form field name ("summary.ko", "website", "name"), already in the page's language. */
export type FieldErrors = Record<string, string>;

/** What the actions answer when they refuse the input (otherwise they redirect with a notice). */
export type EditActionData =
  | { form: "profile"; values: EditValues; errors: FieldErrors }
  | { form: "person"; values: PersonValues; errors: FieldErrors }
  | { form: "logo"; errors: FieldErrors };

export const emptyTexts = (): Record<string, string> =>
  Object.fromEntries(textFields.flatMap((field) => locales.map((locale) => [textKey(field, locale), ""])));
