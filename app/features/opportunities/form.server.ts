import { data, redirect } from "react-router";
import type { z } from "zod";
import { appContext } from "#app-context";
import { type Locale, locales, pickText } from "../../../contracts/common/locale-text.ts";
import { opportunityTextFields } from "../../../contracts/opportunities/kinds.ts";
import {
  type OpportunityView,
  opportunityChange,
  opportunityInput,
} from "../../../contracts/opportunities/opportunity.ts";
import { stages } from "../../../contracts/organizations/organization.ts";
import { issuePath, localizeIssue, localizeMessage } from "../../../server/platform/i18n.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import type { LoaderArgs } from "../organizations/args.ts";
import {
  emptyValues,
  type FieldErrors,
  type OpportunityFormAction,
  type OpportunityFormValues,
  textKey,
  textKeys,
} from "./form.ts";
import { opportunitiesHref, opportunityPath } from "./list.query.ts";

type Args = LoaderArgs;

/** `/opportunities/new`: the organizations the person may post for; 403 for those who may post for none. */
export async function loadNewForm(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeFromPath(pageUrl(args.request).pathname);
  const owners = await services.opportunities.postingOwners(caller.actor);
  if (owners.length === 0) throw data(null, { status: 403 });
  return {
    mode: "new" as const,
    id: null,
    owners: owners.map((owner) => ({ id: owner.id, name: pickText(owner.name, locale) })),
    values: emptyValues(owners[0]!.id),
    stages: [...stages],
  };
}

/** `/opportunities/:id/edit`: the saved opportunity, for its owner's members and the city (else 403). */
export async function loadEditForm(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeFromPath(pageUrl(args.request).pathname);
  const opportunity = await asRoute(services.opportunities.forEditing(caller, args.params.id ?? ""));
  return {
    mode: "edit" as const,
    id: opportunity.id,
    owners: [{ id: opportunity.owner.id, name: pickText(opportunity.owner.name, locale) }],
    values: valuesOf(opportunity),
    stages: [...stages],
  };
}
export type OpportunityFormData = Awaited<ReturnType<typeof loadNewForm | typeof loadEditForm>>;

/** Post the form: a new opportunity, then its page. */
export async function newFormAction(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeFromPath(pageUrl(args.request).pathname);
  // Refuse those who may post for nobody before reading what they sent (the service checks again).
  if (!services.opportunities.canPost(caller.actor)) throw data(null, { status: 403 });
  const values = valuesFromForm(await args.request.formData());
  const parsed = parseForm(values, locale, opportunityInput);
  if (!parsed.body) return refuse({ form: "opportunity", values, errors: parsed.errors });
  const posted = await attempt(services.opportunities.create(caller, parsed.body), locale);
  if ("errors" in posted) return refuse({ form: "opportunity", values, errors: posted.errors });
  return redirect(`${opportunityPath(locale, posted.value.id)}?notice=created`);
}

/** Save the edit form (only what changed is recorded), or delete after the confirmation box. */
export async function editFormAction(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeFromPath(pageUrl(args.request).pathname);
  const id = args.params.id ?? "";
  const current = await asRoute(services.opportunities.forEditing(caller, id));
  const form = await args.request.formData();
  if (form.get("intent") === "delete") {
    if (form.get("confirm") !== "yes")
      return refuse({
        form: "delete",
        errors: { confirm: translate(locale, "opportunityForm.delete.unconfirmed") },
      });
    await asRoute(services.opportunities.remove(caller, current.id));
    return redirect(`${opportunitiesHref(locale)}?notice=deleted`);
  }
  const values = { ...valuesFromForm(form), ownerId: current.owner.id };
  const parsed = parseForm(values, locale, opportunityChange);
  if (!parsed.body) return refuse({ form: "opportunity", values, errors: parsed.errors });
  const saved = await attempt(services.opportunities.update(caller, id, parsed.body), locale);
  if ("errors" in saved) return refuse({ form: "opportunity", values, errors: saved.errors });
  return redirect(`${opportunityPath(locale, id)}?notice=saved`);
}

const refuse = (answer: OpportunityFormAction) => data(answer, 400);

/** A service's field errors (an unknown owner) for the form; other refusals become the page's status. */
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

function valuesOf(opportunity: OpportunityView): OpportunityFormValues {
  const values = emptyValues(opportunity.owner.id);
  for (const field of opportunityTextFields)
    for (const locale of locales) values.texts[textKey(field, locale)] = opportunity[field]?.[locale] ?? "";
  return {
    ...values,
    machineTranslated: opportunity.machineTranslated,
    kind: opportunity.kind,
    status: opportunity.status,
    deadline: opportunity.deadline ?? "",
    industries: opportunity.industries,
    stages: opportunity.stages,
    markets: opportunity.markets.join(", "),
    tags: opportunity.tags.join(", "),
  };
}

export function valuesFromForm(form: FormData): OpportunityFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    ownerId: text("ownerId"),
    texts: Object.fromEntries(textKeys.map((key) => [key, text(key)])),
    machineTranslated: form.getAll("machineTranslated").map(String),
    kind: text("kind"),
    status: text("status"),
    deadline: text("deadline"),
    industries: form.getAll("industries").map(String),
    stages: form.getAll("stages").map(String),
    markets: text("markets"),
    tags: text("tags"),
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

/**
 * The request the form asks for, checked by the API's own schema (`opportunityInput` to post,
 * `opportunityChange` to edit), its problems as messages in the page's language keyed by form field. The
 * edit sends every field; the service records only real changes.
 */
export function parseForm<T>(
  values: OpportunityFormValues,
  locale: Locale,
  schema: z.ZodType<T>,
): { body: T; errors?: undefined } | { body?: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const candidate: Record<string, unknown> = {};
  for (const field of opportunityTextFields) {
    const text = Object.fromEntries(
      locales.flatMap((lang) => {
        const value = values.texts[textKey(field, lang)]?.trim();
        return value ? [[lang, value]] : [];
      }),
    );
    candidate[field] = field === "title" || Object.keys(text).length > 0 ? text : null;
  }
  candidate.machineTranslated = values.machineTranslated.filter((mark) => values.texts[mark]?.trim());
  if (values.kind) candidate.kind = values.kind;
  else errors.kind = localizeMessage("is required", locale);
  candidate.status = values.status || "open";
  candidate.deadline = values.deadline.trim() || null;
  candidate.industries = values.industries;
  candidate.stages = values.stages;
  candidate.markets = list(values.markets).map((code) => code.toUpperCase());
  candidate.tags = list(values.tags);
  if (schema === (opportunityInput as z.ZodType) && values.ownerId) candidate.ownerId = values.ownerId;

  const parsed = schema.safeParse(candidate);
  if (!parsed.success)
    for (const [field, message] of Object.entries(issuesOf(parsed.error, locale))) errors[field] ??= message;
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { body: parsed.data };
}

/** The first problem of each field, in the page's language; list items are reported on their list. */
function issuesOf(error: z.ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issuePath(issue));
    errors[field] ??= localizeIssue(issue, locale);
  }
  return errors;
}

const fieldOf = (path: string) => path.replace(/\[\d+\]$/, "");
