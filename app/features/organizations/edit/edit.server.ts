import { data, redirect } from "react-router";
import type { z } from "zod";
import { type AppContext, appContext } from "#app-context";
import { type Locale, locales } from "../../../../contracts/common/locale-text.ts";
import { type OrganizationEdit, organizationEdit } from "../../../../contracts/organizations/edit.ts";
import { stages } from "../../../../contracts/organizations/organization.ts";
import { personInput } from "../../../../contracts/people/person.ts";
import { canReviewOrganizations } from "../../../../server/modules/organizations/organizations.policy.ts";
import { issuePath, localizeIssue, localizeMessage } from "../../../../server/platform/i18n.ts";
import { localeFromPath } from "../../../i18n/locale.ts";
import { type MessageKey, translate } from "../../../i18n/messages.ts";
import { pageUrl } from "../../../page-url.ts";
import { asRoute } from "../../../route-errors.server.ts";
import { requireUser } from "../../accounts/session.server.ts";
import { dayText } from "../labels.server.ts";
import {
  type EditActionData,
  type EditValues,
  emptyTexts,
  type FieldErrors,
  type PersonValues,
  personFields,
  scalarFields,
  textFields,
  textKey,
} from "./edit.form.ts";

type Args = {
  context: { get(token: typeof appContext): AppContext };
  request: Request;
  params: Record<string, string | undefined>;
};

/**
 * The editor's page: the profile with its private fields, its people, and the choices of the form.
 * Visitors go to sign in; signed-in people who are neither members nor the city get the 403 page.
 */
export async function loadEditor(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const id = args.params.id ?? "";
  const organization = await asRoute(services.organizations.forEditing(caller, id));
  const [people, zones] = await Promise.all([services.people.list(id, caller.actor), services.zones.all()]);
  return {
    organization: {
      id: organization.id,
      name: organization.name,
      logoUrl: organization.logoUrl,
      updatedAt: organization.updatedAt,
      verified: organization.verifiedAt ? dayText(organization.verifiedAt, locale) : null,
    },
    values: valuesOf(organization),
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      title: person.title,
      email: person.contact?.email ?? null,
      phone: person.contact?.phone ?? null,
    })),
    zones: zones.map((zone) => ({ code: zone.code, name: zone.name })),
    stages: [...stages],
    canVerify: canReviewOrganizations(caller.actor),
    notice: noticeOf(url),
  };
}
export type EditorData = Awaited<ReturnType<typeof loadEditor>>;

const notices = {
  review: "orgEdit.saved",
  city: "orgEdit.savedCity",
  unchanged: "orgEdit.unchanged",
  conflict: "orgEdit.conflict",
  verified: "orgEdit.verifiedNotice",
  "person-added": "orgEdit.people.added",
  "person-removed": "orgEdit.people.removed",
  logo: "orgEdit.logo.saved",
} as const satisfies Record<string, MessageKey>;

function noticeOf(url: URL): MessageKey | null {
  const notice = url.searchParams.get("notice") ?? "";
  return notice in notices ? notices[notice as keyof typeof notices] : null;
}

/** Save the profile, verify it, add or remove a person, or upload a logo; each checked by its service. */
export async function editorAction(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const id = args.params.id ?? "";
  const done = (notice: keyof typeof notices) => redirect(`${url.pathname}?notice=${notice}`);
  // Refuse outsiders before reading what they sent (the services check again for every intent).
  if (!services.organizations.canEdit(caller.actor, id)) throw data(null, { status: 403 });
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");

  if (intent === "save") {
    const values = valuesFromForm(form);
    const parsed = editOf(values, locale);
    if (!parsed.edit) return refuse({ form: "profile", values, errors: parsed.errors });
    const unmodifiedSince = String(form.get("updatedAt") ?? "") || undefined;
    const update = services.organizations.update(caller, id, parsed.edit, { unmodifiedSince });
    // Someone saved the profile since this form was opened: show theirs rather than overwrite it.
    const saved = await attempt(update, locale).catch((error: unknown) => {
      if ((error as { init?: { status?: number } }).init?.status === 409) return "conflict" as const;
      throw error;
    });
    if (saved === "conflict") return done("conflict");
    if ("errors" in saved) return refuse({ form: "profile", values, errors: saved.errors });
    if (saved.value.revisionId) return done("review");
    return done(saved.value.organization.updatedAt === form.get("updatedAt") ? "unchanged" : "city");
  }
  if (intent === "verify") {
    await asRoute(services.organizations.verify(caller, id));
    return done("verified");
  }
  if (intent === "person-add") {
    const values = Object.fromEntries(
      personFields.map((field) => [field, String(form.get(`person.${field}`) ?? "").trim()]),
    ) as PersonValues;
    const parsed = personInput.safeParse(personOf(values));
    if (!parsed.success) return refuse({ form: "person", values, errors: issuesOf(parsed.error, locale) });
    const added = await attempt(services.people.add(caller, id, parsed.data), locale);
    if ("errors" in added) return refuse({ form: "person", values, errors: added.errors });
    return done("person-added");
  }
  if (intent === "person-remove") {
    await asRoute(services.people.remove(caller, id, String(form.get("person") ?? "")));
    return done("person-removed");
  }
  if (intent === "logo") {
    const file = form.get("logo");
    if (!(file instanceof File) || file.size === 0)
      return refuse({ form: "logo", errors: { logo: translate(locale, "orgEdit.logo.missing") } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const uploaded = await attempt(services.logos.setLogo(caller, id, bytes), locale);
    if ("errors" in uploaded) return refuse({ form: "logo", errors: uploaded.errors });
    return done("logo");
  }
  return redirect(url.pathname);
}

const refuse = (answer: EditActionData) => data(answer, 400);

/**
 * Runs a service call; its field errors (an unknown zone, an unreadable image) come back in the page's
 * language for the form, other refusals become the page's status as everywhere else (`asRoute` leaves
 * VALIDATION_FAILED alone, so its fields are still there to read).
 */
async function attempt<T>(work: Promise<T>, locale: Locale): Promise<{ value: T } | { errors: FieldErrors }> {
  try {
    return { value: await asRoute(work) };
  } catch (error) {
    const fields = (error as { fields?: { field: string; message: string }[] }).fields;
    if (!fields?.length) throw error;
    return {
      errors: Object.fromEntries(fields.map((f) => [fieldOf(f.field), localizeMessage(f.message, locale)])),
    };
  }
}

/** The form's values from the saved profile. */
function valuesOf(
  organization: Awaited<ReturnType<AppContext["services"]["organizations"]["forEditing"]>>,
): EditValues {
  const texts = emptyTexts();
  for (const field of textFields)
    for (const locale of locales) texts[textKey(field, locale)] = organization[field]?.[locale] ?? "";
  const number = organization.registrationNumber;
  return {
    texts,
    machineTranslated: organization.machineTranslated,
    industries: organization.industries,
    tags: organization.tags.join(", "),
    stage: organization.stage ?? "",
    foundedYear: organization.foundedYear?.toString() ?? "",
    employees: organization.employees?.toString() ?? "",
    website: organization.website ?? "",
    country: organization.country ?? "",
    city: organization.city ?? "",
    zone: organization.zone ?? "",
    targetMarkets: organization.targetMarkets.join(", "),
    contactEmail: organization.contact?.email ?? "",
    contactPhone: organization.contact?.phone ?? "",
    registrationNumber:
      number && /^\d{10}$/.test(number)
        ? `${number.slice(0, 3)}-${number.slice(3, 5)}-${number.slice(5)}`
        : (number ?? ""),
  };
}

/** The form's values as sent. */
function valuesFromForm(form: FormData): EditValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const texts = emptyTexts();
  for (const key of Object.keys(texts)) texts[key] = text(key);
  const scalars = Object.fromEntries(scalarFields.map((field) => [field, text(field)])) as Pick<
    EditValues,
    (typeof scalarFields)[number]
  >;
  return {
    texts,
    machineTranslated: form.getAll("machineTranslated").map(String),
    industries: form.getAll("industries").map(String),
    ...scalars,
  };
}

const list = (value: string) => [
  ...new Set(
    value
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];
const orNull = (value: string) => value.trim() || null;

/**
 * The edit the form asks for, checked by the API's own schema (`organizationEdit`), its problems as
 * messages in the page's language keyed by form field. The whole profile is sent; the service
 * records only what really changed.
 */
export function editOf(
  values: EditValues,
  locale: Locale,
): { edit: OrganizationEdit; errors?: undefined } | { edit?: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const candidate: Record<string, unknown> = {};
  for (const field of textFields) {
    const text = Object.fromEntries(
      locales.flatMap((lang) => {
        const value = values.texts[textKey(field, lang)]?.trim();
        return value ? [[lang, value]] : [];
      }),
    );
    candidate[field] = field === "name" || Object.keys(text).length > 0 ? text : null;
  }
  candidate.machineTranslated = values.machineTranslated.filter((mark) => values.texts[mark]?.trim());
  candidate.industries = values.industries;
  candidate.tags = list(values.tags);
  candidate.targetMarkets = list(values.targetMarkets).map((code) => code.toUpperCase());
  candidate.stage = orNull(values.stage);
  for (const field of ["foundedYear", "employees"] as const) {
    const value = values[field].trim().replace(/,/g, "");
    if (!value) candidate[field] = null;
    else if (/^\d+$/.test(value)) candidate[field] = Number(value);
    else errors[field] = translate(locale, "orgEdit.error.wholeNumber");
  }
  candidate.website = orNull(values.website);
  candidate.country = orNull(values.country)?.toUpperCase() ?? null;
  candidate.city = orNull(values.city);
  candidate.zone = orNull(values.zone);
  candidate.contactEmail = orNull(values.contactEmail);
  candidate.contactPhone = orNull(values.contactPhone);
  candidate.registrationNumber = orNull(values.registrationNumber);

  const parsed = organizationEdit.safeParse(candidate);
  if (!parsed.success)
    for (const [field, message] of Object.entries(issuesOf(parsed.error, locale))) errors[field] ??= message;
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { edit: parsed.data };
}

function personOf(values: PersonValues) {
  const text = (prefix: "name" | "title") =>
    Object.fromEntries(
      (["ko", "en"] as const).flatMap((lang) => {
        const value = values[`${prefix}.${lang}`];
        return value ? [[lang, value]] : [];
      }),
    );
  const title = text("title");
  return {
    name: text("name"),
    title: Object.keys(title).length > 0 ? title : null,
    email: values.email || null,
    phone: values.phone || null,
  };
}

// Zod's own wording for a bad URL or address is terse; these fields say what they expect.
const formatMessages: Record<string, MessageKey> = {
  website: "orgEdit.error.website",
  contactEmail: "orgEdit.error.email",
  email: "orgEdit.error.email",
};

/** The first problem of each field, in the page's language; list items are reported on their list. */
function issuesOf(error: z.ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issuePath(issue));
    if (errors[field]) continue;
    const own = issue.code === "invalid_format" ? formatMessages[field] : undefined;
    errors[field] = own ? translate(locale, own) : localizeIssue(issue, locale);
  }
  return errors;
}

const fieldOf = (path: string) => path.replace(/\[\d+\]$/, "");
