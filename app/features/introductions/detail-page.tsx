import "./introductions.css";
import { Alert, Anchor, Box, Card, Container, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { introductionStatusNames } from "../../../contracts/introductions/labels.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { langOf } from "../organizations/format.ts";
import type { loadIntroductionPage } from "./introductions.server.ts";
import { ProgressSteps, StatusBadge } from "./status.tsx";
import { StepForms } from "./step-forms.tsx";
import type { StepResult } from "./steps.server.ts";

type Data = Awaited<ReturnType<typeof loadIntroductionPage>>;

const doneKeys: Record<NonNullable<Data["done"]>, MessageKey> = {
  request: "introductions.done.request",
  accept: "introductions.done.accept",
  decline: "introductions.done.decline",
  close: "introductions.done.close",
  meeting: "introductions.done.meeting",
  outcome: "introductions.done.outcome",
  withdraw: "introductions.done.withdraw",
};

export function IntroductionPage({ data, result }: { data: Data; result: StepResult | undefined }) {
  const t = useT();
  const locale = useLocale();
  const company = pickText(data.company.name, locale);
  const partner = pickText(data.partner.name, locale);
  const requester = data.requestedBy === "company" ? data.company : data.partner;
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Anchor component={Link} to={href("/introductions", locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("introductions.back")}
      </Anchor>
      <Group component="header" mt="md" mb="lg" gap="md" align="center" wrap="wrap">
        <Title order={1} fz={{ base: 24, sm: 32 }} lh={1.3}>
          <span lang={langOf(data.company.name, locale)}>{company}</span> ↔{" "}
          <span lang={langOf(data.partner.name, locale)}>{partner}</span>
        </Title>
        <StatusBadge status={data.status} />
      </Group>

      <Stack gap="md" mb="lg">
        {data.done && !result && (
          <Alert color="teal" variant="light" role="status">
            {t(doneKeys[data.done])}
          </Alert>
        )}
        {result?.conflict && (
          <Alert color="orange" variant="light" role="alert">
            {t("introductions.invalidTransition")}
          </Alert>
        )}
      </Stack>

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <Box component="section" aria-labelledby="progress-title">
              <Title order={2} fz="lg" id="progress-title" mb="sm">
                {t("introductions.progress")}
              </Title>
              <ProgressSteps status={data.status} reached={data.events.map((e) => e.status)} />
              {data.outcome && (
                <Paper withBorder radius="md" p="md" mt="md" bg="teal.0" data-testid="outcome-summary">
                  <Text fw={700} fz="lg">
                    {data.outcome.amount
                      ? `${data.outcome.label} · ${data.outcome.amount}`
                      : data.outcome.label}
                  </Text>
                  {data.outcome.note && (
                    <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                      {data.outcome.note}
                    </Text>
                  )}
                </Paper>
              )}
              {data.steps.length === 0 && (
                <Text size="sm" c="gray.8" mt="md">
                  {t("introductions.noActions")}
                </Text>
              )}
            </Box>

            {data.steps.length > 0 && (
              <Box component="section" aria-labelledby="actions-title">
                <Title order={2} fz="lg" id="actions-title" mb="sm">
                  {t("introductions.actions")}
                </Title>
                <StepForms steps={data.steps} status={data.status} today={data.today} result={result} />
              </Box>
            )}

            <Box component="section" aria-labelledby="message-title">
              <Title order={2} fz="lg" id="message-title" mb={4}>
                {t("introductions.message")}
              </Title>
              <Text size="sm" c="gray.8" mb="xs">
                {t("introductions.requestedBy", { organization: pickText(requester.name, locale) })}
              </Text>
              <blockquote className="intro-quote">{data.message}</blockquote>
            </Box>

            {data.brokerMessage && (
              <Box component="section" aria-labelledby="broker-title">
                <Title order={2} fz="lg" id="broker-title" mb="xs">
                  {t("introductions.brokerMessage")}
                </Title>
                <blockquote className="intro-quote">{data.brokerMessage}</blockquote>
              </Box>
            )}

            <Box component="section" aria-labelledby="timeline-title">
              <Title order={2} fz="lg" id="timeline-title" mb={4}>
                {t("introductions.timeline")}
              </Title>
              <Text size="sm" c="gray.8" mb="sm">
                {t("introductions.timelineNote")}
              </Text>
              <ol className="intro-timeline">
                {data.events.map((event) => (
                  <li key={`${event.status}-${event.at.iso}`}>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={700}>{introductionStatusNames[event.status][locale]}</Text>
                      <Text size="sm" c="gray.8">
                        {event.actor} · <time dateTime={event.at.iso}>{event.at.text}</time>
                      </Text>
                    </Group>
                    {event.message && (
                      <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                        {event.message}
                      </Text>
                    )}
                  </li>
                ))}
              </ol>
            </Box>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Facts data={data} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function Facts({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  const org = (ref: Data["company"]) => (
    <Anchor
      component={Link}
      to={href(`/organizations/${ref.id}`, locale)}
      c="daegu.9"
      underline="always"
      lang={langOf(ref.name, locale)}
    >
      {pickText(ref.name, locale)}
    </Anchor>
  );
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="facts-title">
      <Title order={2} fz="lg" id="facts-title" mb="sm">
        {t("introductions.facts")}
      </Title>
      <dl className="intro-facts">
        <dt>{t("introductions.company")}</dt>
        <dd>{org(data.company)}</dd>
        <dt>{t("introductions.partner")}</dt>
        <dd>{org(data.partner)}</dd>
        <dt>{t("introductions.opportunity")}</dt>
        <dd>
          {data.opportunity ? (
            <Anchor
              component={Link}
              to={href(`/opportunities/${data.opportunity.id}`, locale)}
              c="daegu.9"
              underline="always"
              lang={langOf(data.opportunity.title, locale)}
            >
              {pickText(data.opportunity.title, locale)}
            </Anchor>
          ) : (
            t("introductions.general")
          )}
        </dd>
        <dt>{t("introductions.office")}</dt>
        <dd>
          {data.office ? (
            <>
              {org(data.office)} · {t("introductions.officeCity")}
            </>
          ) : (
            t("introductions.officeCity")
          )}
        </dd>
        {data.meetingOn && (
          <>
            <dt>{t("introductions.meetingOn")}</dt>
            <dd>
              <time dateTime={data.meetingOn.iso}>{data.meetingOn.text}</time>
            </dd>
          </>
        )}
        {data.outcome && (
          <>
            <dt>{t("introductions.outcome")}</dt>
            <dd>{data.outcome.label}</dd>
            {data.outcome.amount && (
              <>
                <dt>{t("introductions.amount")}</dt>
                <dd data-testid="outcome-amount">{data.outcome.amount}</dd>
              </>
            )}
            {data.outcome.note && (
              <>
                <dt>{t("introductions.note")}</dt>
                <dd style={{ whiteSpace: "pre-wrap" }}>{data.outcome.note}</dd>
              </>
            )}
          </>
        )}
      </dl>
    </Card>
  );
}
