import { data } from "react-router";
import type { z } from "zod";
import { appContext } from "#app-context";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import {
  introductionDecision,
  introductionWithdrawal,
  meetingReport,
  outcomeReport,
} from "../../../contracts/introductions/introduction.ts";
import { issuePath, localizeIssue } from "../../../server/platform/i18n.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import { type DoneKind, fieldErrorsOf, redirectToIntroduction } from "./introductions.server.ts";

type StepArgs = Parameters<typeof requireUser>[0] & { params: { id?: string } };

/** What a refused step form gets back: which form, its values, and errors by field or a conflict. */
export type StepResult = {
  intent: string;
  values: Record<string, string>;
  errors?: Record<string, string>;
  conflict?: boolean;
};

const forms = {
  accept: introductionDecision,
  decline: introductionDecision,
  meeting: meetingReport,
  outcome: outcomeReport,
  withdraw: introductionWithdrawal,
} as const;
type Intent = keyof typeof forms;

/** Form values as the API's input: empty fields left out, "250,000" read as 250000, currency in capitals. */
function inputOf(intent: Intent, values: Record<string, string>): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed === "") continue;
    if (key === "amount") input[key] = trimmed.replace(/[,\s]/g, "");
    else if (key === "currency") input[key] = trimmed.toUpperCase();
    else input[key] = trimmed;
  }
  const allowed: Record<Intent, string[]> = {
    accept: ["message"],
    decline: ["message"],
    meeting: ["heldOn", "note"],
    outcome: ["outcome", "amount", "currency", "note"],
    withdraw: ["message"],
  };
  return Object.fromEntries(Object.entries(input).filter(([key]) => allowed[intent].includes(key)));
}

function issuesOf(error: z.ZodError, locale: Locale): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issuePath(issue)] ??= localizeIssue(issue, locale);
  return errors;
}

/**
 * The detail page's action: one step by `intent`, validated with the API's own schema, taken by the same
 * service (which checks who may and from which state). Success redirects with a notice; a refused field
 * comes back beside its input; a step someone else took first comes back as a conflict.
 */
export async function takeStep(args: StepArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeFromPath(pageUrl(args.request).pathname);
  const id = args.params.id ?? "";
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  if (!(intent in forms)) throw data(null, { status: 400 });
  const step = intent as Intent;
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (key !== "intent" && typeof value === "string") values[key] = value;

  const parsed = forms[step].safeParse(inputOf(step, values));
  if (!parsed.success) {
    return data<StepResult>({ intent, values, errors: issuesOf(parsed.error, locale) }, 400);
  }
  const introductions = services.introductions;
  const options = { locale };
  let done: DoneKind = step;
  try {
    const input = parsed.data as never;
    if (step === "accept") await introductions.accept(caller, id, input, options);
    if (step === "decline") {
      const declined = await introductions.decline(caller, id, input, options);
      // Declining an accepted introduction closes it: both sides were told.
      if (declined.events.some((event) => event.status === "accepted")) done = "close";
    }
    if (step === "meeting") await introductions.meeting(caller, id, input, options);
    if (step === "outcome") await introductions.outcome(caller, id, input, options);
    if (step === "withdraw") await introductions.withdraw(caller, id, input, options);
  } catch (error) {
    if ((error as { code?: string }).code === "INVALID_TRANSITION") {
      return data<StepResult>({ intent, values, conflict: true }, 409);
    }
    const errors = fieldErrorsOf(error, locale);
    if (errors) return data<StepResult>({ intent, values, errors }, 400);
    return asRoute(Promise.reject(error));
  }
  return redirectToIntroduction(id, locale, done);
}
