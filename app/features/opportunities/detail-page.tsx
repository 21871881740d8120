import "../organizations/organizations.css";
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Container,
  Grid,
  Group,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { Link } from "react-router";
import { isFallback, type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import { PostButton } from "../../components/ui/post-button.tsx";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { FitPanel } from "../matching/fit-panel.tsx";
import { langOf, otherLocale, stageKey } from "../organizations/format.ts";
import { TextBadges } from "../organizations/localized-section.tsx";
import type { OpportunityData } from "./detail.server.ts";
import { daysLeftText, opportunityKindKey } from "./format.ts";
import { candidatesPath, opportunitiesHref } from "./list.query.ts";
import { StatusBadges } from "./status-badges.tsx";

/** `/opportunities/:id`: the opportunity in the reader's language, the other language beside it. */
export function OpportunityPage({ data }: { data: OpportunityData }) {
  const t = useT();
  const locale = useLocale();
  const item = data.opportunity;
  const other = otherLocale(locale);
  const otherTitle = isFallback(item.title, locale) ? undefined : item.title[other];
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Anchor component={Link} to={opportunitiesHref(locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("opportunity.back")}
      </Anchor>
      {data.notice && (
        <Alert color="teal" variant="light" role="status" mt="md">
          {t(data.notice)}
        </Alert>
      )}
      <Group component="header" mt="md" align="flex-start" justify="space-between" gap="lg" wrap="wrap">
        <Stack gap={8} miw={0} style={{ flex: "1 1 26rem" }}>
          <Group gap={6}>
            <Badge variant="filled" tt="none">
              {t(opportunityKindKey(item.kind))}
            </Badge>
            <StatusBadges status={item.status} expired={data.expired} deadline={data.deadline} />
            <TextBadges field="title" text={item.title} machineTranslated={item.machineTranslated} />
          </Group>
          <Title order={1} fz={{ base: 26, sm: 34 }} lh={1.25} lang={langOf(item.title, locale)}>
            {pickText(item.title, locale)}
          </Title>
          {otherTitle && (
            <Text c="gray.7" size="lg" lang={other}>
              {otherTitle}
            </Text>
          )}
          <Text>
            {t("opportunity.field.owner")}:{" "}
            <Anchor
              component={Link}
              to={href(`/organizations/${item.owner.id}`, locale)}
              c="daegu.9"
              fw={600}
              lang={langOf(item.owner.name, locale)}
            >
              {pickText(item.owner.name, locale)}
            </Anchor>
          </Text>
        </Stack>
        {data.canManage && <Manage data={data} />}
      </Group>
      {data.fit && <FitPanel fit={data.fit} opportunityId={item.id} title={pickText(item.title, locale)} />}

      <Grid mt="xl" gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Descriptions data={data} />
          {item.tags.length > 0 && (
            <Box component="section" aria-labelledby="section-tags" mt="xl">
              <Title order={2} fz="lg" id="section-tags" mb="xs">
                {t("opportunity.field.tags")}
              </Title>
              <Group gap={6}>
                {item.tags.map((tag) => (
                  <Badge key={tag} variant="outline" color="gray.8" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            </Box>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Facts data={data} />
        </Grid.Col>
      </Grid>
    </Container>
  );
}

/** For the owner's members and the city: edit, candidates, close or reopen. */
function Manage({ data }: { data: OpportunityData }) {
  const t = useT();
  const locale = useLocale();
  const item = data.opportunity;
  return (
    <Stack gap="xs" align="flex-end" data-testid="opportunity-manage">
      <Group gap="sm">
        <Button component={Link} to={href(`/opportunities/${item.id}/edit`, locale)}>
          {t("opportunity.edit")}
        </Button>
        <Button component={Link} to={candidatesPath(locale, item.id)} variant="default">
          {t("opportunity.candidates")}
        </Button>
        {item.status === "open" ? (
          <PostButton fields={{ intent: "close" }} label={t("opportunity.close")} size="sm" />
        ) : (
          <PostButton fields={{ intent: "reopen" }} label={t("opportunity.reopen")} size="sm" />
        )}
      </Group>
      <Text size="xs" c="gray.7">
        {t("opportunity.manageHint")}
      </Text>
    </Stack>
  );
}

/** The description in the reader's language first, then in the other one, each marked when machine-translated. */
function Descriptions({ data }: { data: OpportunityData }) {
  const t = useT();
  const locale = useLocale();
  const item = data.opportunity;
  const languages: Locale[] = [locale, otherLocale(locale)];
  return (
    <>
      {languages.map((language) => {
        const text = item.description?.[language];
        if (!text) return null;
        const translated = item.machineTranslated.includes(`description.${language}`);
        return (
          <Box
            key={language}
            component="section"
            aria-labelledby={`section-description-${language}`}
            mb="xl"
            data-field={`description.${language}`}
          >
            <Group gap="sm" mb="xs" align="center">
              <Title order={2} fz="xl" id={`section-description-${language}`}>
                {t("opportunity.descriptionIn", { language: t(`orgEdit.lang.${language}` as MessageKey) })}
              </Title>
              {translated && (
                <Badge variant="outline" color="orange.9" tt="none" title={t("org.machineTranslatedHint")}>
                  {t("org.machineTranslated")}
                </Badge>
              )}
            </Group>
            <Text className="prose" lang={language === locale ? undefined : language}>
              {text}
            </Text>
          </Box>
        );
      })}
    </>
  );
}

function Facts({ data }: { data: OpportunityData }) {
  const t = useT();
  const locale = useLocale();
  const item = data.opportunity;
  const left = data.deadline ? daysLeftText(data.deadline, locale) : undefined;
  const rows: { key: MessageKey; value: React.ReactNode }[] = [
    { key: "opportunity.field.kind", value: t(opportunityKindKey(item.kind)) },
    {
      key: "opportunity.field.deadline",
      value: data.deadline ? (
        <>
          <time dateTime={data.deadline.iso}>{data.deadline.text}</time>
          {left && !data.expired && item.status === "open" ? ` (${left})` : ""}
        </>
      ) : (
        t("opportunities.noDeadline")
      ),
    },
    {
      key: "opportunity.field.status",
      value: t(
        item.status === "closed"
          ? "opportunities.status.closed"
          : data.expired
            ? "opportunities.status.expired"
            : "opportunities.status.open",
      ),
    },
  ];
  if (data.industries.length > 0) {
    rows.push({
      key: "opportunity.field.industries",
      value: data.industries.map((industry, index) => (
        <span key={industry.code}>
          {index > 0 && ", "}
          <Anchor component={Link} to={href(`/industries/${industry.code}`, locale)} c="daegu.9" size="sm">
            {industry.name}
          </Anchor>
        </span>
      )),
    });
  }
  rows.push({
    key: "opportunity.field.stages",
    value:
      item.stages.length > 0
        ? item.stages.map((stage) => t(stageKey(stage))).join(", ")
        : t("opportunity.anyStage"),
  });
  if (data.markets.length > 0) {
    rows.push({
      key: "opportunity.field.markets",
      value: data.markets.map((market) => market.name).join(", "),
    });
  }
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="facts-title">
      <Title order={2} fz="lg" id="facts-title" mb="sm">
        {t("opportunity.facts")}
      </Title>
      <dl className="org-facts">
        {rows.map((row) => (
          <div key={row.key} style={{ display: "contents" }}>
            <dt>{t(row.key)}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
