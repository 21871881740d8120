import { Alert, Badge, Button, Container, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Form } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { type ReferralStatus, referralStatusNames } from "../../../contracts/support-requests/vocabulary.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { langOf } from "../organizations/format.ts";
import type { ReferralFormResult, ReferralPageData } from "./referral.server.ts";

// "dot" badges: the colour is in the dot, the text stays dark on white.
const colors: Record<ReferralStatus, string> = {
  sent: "yellow",
  accepted: "blue",
  declined: "red",
  completed: "teal",
};

const choiceKeys: Record<"accepted" | "declined" | "completed", MessageKey> = {
  accepted: "referral.choice.accepted",
  declined: "referral.choice.declined",
  completed: "referral.choice.completed",
};

const prewrap = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;

/**
 * The report-back page of a referral: what was referred (the office's note, never its internal notes), where
 * it stands, and — until it is final — a form that works without JavaScript.
 */
export function ReferralPage({
  data,
  result,
}: {
  data: ReferralPageData;
  result: ReferralFormResult | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const office = pickText(data.officeName, locale);
  const company = pickText(data.companyName, locale);
  const status = referralStatusNames[data.status][locale];
  const errors = result?.errors ?? {};
  const fact = (label: MessageKey, value: ReactNode, lang?: string) => (
    <div>
      <Text component="dt" size="sm" c="gray.7" fw={600}>
        {t(label)}
      </Text>
      <Text component="dd" m={0} lang={lang} style={prewrap}>
        {value}
      </Text>
    </div>
  );
  return (
    <Container size={720} py={{ base: "lg", sm: "xl" }}>
      <Title order={1} fz={{ base: 24, sm: 30 }} mb="sm">
        {t("referral.title")}
      </Title>
      <Text mb="lg">{t("referral.lead", { office, partner: data.partnerName })}</Text>

      <Stack gap="md" mb="lg">
        {data.reported && !result && (
          <Alert color="teal" variant="light" role="status">
            {t("referral.thanks", { office })}
          </Alert>
        )}
        {result?.conflict && (
          <Alert color="orange" variant="light" role="alert">
            {t("referral.conflict")}
          </Alert>
        )}
      </Stack>

      <Paper withBorder radius="md" p="lg" mb="lg" component="section" aria-labelledby="referral-facts">
        <Title order={2} fz="lg" id="referral-facts" mb="md">
          {t("referral.facts")}
        </Title>
        <Stack component="dl" gap="sm" m={0}>
          {fact("referral.partner", data.partnerName)}
          {fact("referral.company", company, langOf(data.companyName, locale))}
          {fact("referral.office", office, langOf(data.officeName, locale))}
          {fact("referral.subject", data.subject)}
          {fact("referral.note", data.note)}
          {fact(
            "referral.status",
            <Badge variant="dot" color={colors[data.status]} tt="none" c="dark.9" component="span">
              {status}
            </Badge>,
          )}
          {data.outcome && fact("referral.outcome", data.outcome)}
        </Stack>
      </Paper>

      {data.final ? (
        <Alert color="gray" variant="light" role="status">
          {t("referral.final", { status, office })}
        </Alert>
      ) : (
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="referral-form">
          <Title order={2} fz="lg" id="referral-form" mb="md">
            {t("referral.form.title")}
          </Title>
          {/* Keyed by the status: after a report the form starts empty for the next one. */}
          <Form method="post" noValidate key={data.status}>
            <Stack gap="md">
              {result?.errors && (
                <Alert color="red" variant="light" role="alert">
                  {t("referral.form.error")}
                </Alert>
              )}
              <Radio.Group
                name="status"
                label={t("referral.form.status")}
                description={t("referral.form.statusHint")}
                defaultValue={result?.values.status || undefined}
                error={errors.status}
                withAsterisk
              >
                <Stack gap="xs" mt="xs">
                  {data.choices.map((choice) => (
                    <Radio key={choice} value={choice} label={t(choiceKeys[choice])} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                name="outcome"
                label={t("referral.form.outcome")}
                description={t("referral.form.outcomeHint")}
                defaultValue={result?.values.outcome}
                error={errors.outcome}
                autosize
                minRows={4}
                maxLength={4000}
              />
              <div>
                <Button type="submit">{t("referral.form.submit")}</Button>
              </div>
            </Stack>
          </Form>
        </Paper>
      )}
      <Text size="sm" c="gray.7" mt="lg">
        {t("referral.privacy")}
      </Text>
    </Container>
  );
}
