import { Alert, Button, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { Form } from "react-router";
import { introductionOutcomeNames } from "../../../contracts/introductions/labels.ts";
import { type IntroductionStatus, introductionOutcomes } from "../../../contracts/introductions/states.ts";
import type { IntroductionStep } from "../../../server/modules/introductions/introductions.policy.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { StepResult } from "./steps.server.ts";

/** Currencies offered on the page; the API takes any ISO 4217 code. */
const currencies = ["USD", "KRW", "EUR", "JPY", "CNY", "GBP", "SGD", "VND", "AUD", "CAD"];

type Props = {
  steps: IntroductionStep[];
  status: IntroductionStatus;
  today: string;
  result: StepResult | undefined;
};

/** The forms of the steps this person may take now, in the order they come; each posts to the page's action. */
export function StepForms({ steps, status, today, result }: Props) {
  return (
    <Stack gap="md">
      {steps.map((step) => (
        <StepForm
          key={step}
          step={step}
          closing={step === "decline" && status === "accepted"}
          today={today}
          result={result?.intent === step ? result : undefined}
        />
      ))}
    </Stack>
  );
}

const titles: Record<IntroductionStep, MessageKey> = {
  accept: "introductions.accept.title",
  decline: "introductions.decline.title",
  meeting: "introductions.meeting.title",
  outcome: "introductions.outcome.title",
  withdraw: "introductions.withdraw.title",
};

const buttons: Record<IntroductionStep, MessageKey> = {
  accept: "introductions.accept.button",
  decline: "introductions.decline.button",
  meeting: "introductions.meeting.button",
  outcome: "introductions.outcome.button",
  withdraw: "introductions.withdraw.button",
};

/** `closing`: the decline step of an accepted introduction, which a broker closes (mail to both sides). */
function StepForm({
  step,
  closing,
  today,
  result,
}: {
  step: IntroductionStep;
  closing: boolean;
  today: string;
  result: StepResult | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = result?.errors ?? {};
  const value = (name: string) => result?.values[name];
  const id = `step-${step}`;
  const danger = step === "decline" || step === "withdraw";
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={3} fz="md" mb="sm" id={`${id}-title`}>
        {t(closing ? "introductions.close.title" : titles[step])}
      </Title>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value={step} />
        <Stack gap="sm">
          {result?.errors && (
            <Alert color="red" variant="light" role="alert">
              {t("introductions.formError")}
            </Alert>
          )}
          {(step === "accept" || step === "decline") && (
            <Textarea
              name="message"
              label={t(
                step === "accept"
                  ? "introductions.accept.message"
                  : closing
                    ? "introductions.close.message"
                    : "introductions.decline.message",
              )}
              description={t(
                step === "accept"
                  ? "introductions.accept.hint"
                  : closing
                    ? "introductions.close.hint"
                    : "introductions.decline.hint",
              )}
              defaultValue={value("message")}
              error={errors.message}
              required
              autosize
              minRows={3}
              maxLength={4000}
            />
          )}
          {step === "meeting" && (
            <>
              <TextInput
                type="date"
                name="heldOn"
                label={t("introductions.meeting.heldOn")}
                defaultValue={value("heldOn") ?? today}
                max={today}
                error={errors.heldOn}
                required
              />
              <Textarea
                name="note"
                label={t("introductions.meeting.note")}
                defaultValue={value("note")}
                error={errors.note}
                autosize
                minRows={2}
                maxLength={4000}
              />
            </>
          )}
          {step === "outcome" && (
            <>
              <NativeSelect
                name="outcome"
                label={t("introductions.outcome.kind")}
                defaultValue={value("outcome") ?? "deal"}
                error={errors.outcome}
                data={introductionOutcomes.map((outcome) => ({
                  value: outcome,
                  label: introductionOutcomeNames[outcome][locale],
                }))}
                required
              />
              <TextInput
                name="amount"
                inputMode="decimal"
                autoComplete="off"
                label={t("introductions.outcome.amount")}
                description={t("introductions.outcome.amountHint")}
                defaultValue={value("amount")}
                error={errors.amount}
              />
              <NativeSelect
                name="currency"
                label={t("introductions.outcome.currency")}
                defaultValue={value("currency") ?? ""}
                error={errors.currency}
                data={[
                  { value: "", label: t("introductions.outcome.currencyNone") },
                  ...currencies.map((code) => ({ value: code, label: code })),
                ]}
              />
              <Textarea
                name="note"
                label={t("introductions.outcome.note")}
                defaultValue={value("note")}
                error={errors.note}
                autosize
                minRows={2}
                maxLength={4000}
              />
            </>
          )}
          {step === "withdraw" && (
            <Textarea
              name="message"
              label={t("introductions.withdraw.message")}
              defaultValue={value("message")}
              error={errors.message}
              autosize
              minRows={2}
              maxLength={4000}
            />
          )}
          <Button
            type="submit"
            color={danger ? "red.9" : undefined}
            variant={danger ? "outline" : "filled"}
            style={{ alignSelf: "flex-start" }}
          >
            {t(closing ? "introductions.close.button" : buttons[step])}
          </Button>
        </Stack>
      </Form>
    </Paper>
  );
}
