import "../organizations/organizations.css";
import { Alert, Anchor, Box, Button, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { OPPORTUNITIES_PAGE, opportunitiesHref } from "./list.query.ts";
import type { OpportunitiesData } from "./list.server.ts";
import { OpportunityCard } from "./opportunity-card.tsx";
import { SearchFilters } from "./search-filters.tsx";

const sortKeys: Record<string, MessageKey> = {
  relevance: "opportunities.sortRelevance",
  deadline: "opportunities.sortDeadline",
  newest: "opportunities.sortNewest",
};

/** `/opportunities`: search, filters, the results as cards, paging. */
export function OpportunitiesPage({ data }: { data: OpportunitiesData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Box maw={820}>
          <Title order={1} fz={{ base: 28, sm: 36 }}>
            {t("opportunities.title")}
          </Title>
          <Text c="gray.8" mt="xs">
            {t("opportunities.lead")}
          </Text>
        </Box>
        {data.canPost && (
          <Button component={Link} to={href("/opportunities/new", locale)}>
            {t("opportunities.post")}
          </Button>
        )}
      </Group>
      {data.deleted && (
        <Alert color="teal" variant="light" role="status" mt="md">
          {t("opportunities.notice.deleted")}
        </Alert>
      )}
      <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} mt="lg" bg="gray.0">
        <SearchFilters query={data.query} markets={data.markets} />
      </Paper>
      <Box component="section" aria-labelledby="results-title" mt="xl">
        <Group gap="sm" align="baseline" mb="md">
          <Title order={2} fz="xl" id="results-title" data-testid="opportunities-total">
            {data.total === 1
              ? t("opportunities.totalOne")
              : t("opportunities.total", { count: data.total.toLocaleString("en-US") })}
          </Title>
          {data.total > 0 && (
            <Text size="sm" c="gray.7">
              {t(sortKeys[data.sort]!)}
            </Text>
          )}
        </Group>
        {data.items.length > 0 ? (
          <Stack component="ol" gap="sm" className="plain-list" data-testid="opportunity-results">
            {data.items.map((item) => (
              <li key={item.id}>
                <OpportunityCard opportunity={item} />
              </li>
            ))}
          </Stack>
        ) : (
          <Empty data={data} />
        )}
        <Pager data={data} />
      </Box>
    </Container>
  );
}

function Empty({ data }: { data: OpportunitiesData }) {
  const t = useT();
  const locale = useLocale();
  // A page past the end (an old link) is not "nothing found".
  if (data.total > 0 && data.offset > 0) {
    return (
      <Anchor component={Link} to={opportunitiesHref(locale, data.query)} c="daegu.9" fw={600}>
        {t("opportunities.pager.first")}
      </Anchor>
    );
  }
  return (
    <Paper withBorder p="xl" radius="md" bg="gray.0" data-testid="opportunities-empty">
      <Title order={3} fz="lg">
        {t("opportunities.empty.title")}
      </Title>
      <Text mt="xs" c="gray.8">
        {t("opportunities.empty.body")}
      </Text>
      {Object.keys(data.query).length > 0 && (
        <Group gap="md" mt="md">
          {data.query.status !== "all" && (
            <Anchor
              component={Link}
              to={opportunitiesHref(locale, data.query, { status: "all" })}
              c="daegu.9"
              fw={600}
            >
              {t("opportunities.status.all")}
            </Anchor>
          )}
          <Anchor component={Link} to={opportunitiesHref(locale)} c="daegu.9" fw={600}>
            {t("opportunities.filter.clear")}
          </Anchor>
        </Group>
      )}
    </Paper>
  );
}

/** Previous/next links that keep the filters, so every page of results is a URL too. */
function Pager({ data }: { data: OpportunitiesData }) {
  const t = useT();
  const locale = useLocale();
  const { total, offset, query } = data;
  if (total === 0) return null;
  return (
    <Group component="nav" aria-label={t("opportunities.pager.label")} justify="space-between" mt="lg">
      <Text c="gray.8" size="sm">
        {t("opportunities.pager.range", {
          from: Math.min(offset + 1, total),
          to: Math.min(offset + OPPORTUNITIES_PAGE, total),
          total,
        })}
      </Text>
      <Group gap="xs">
        {offset > 0 && (
          <Button
            component={Link}
            to={opportunitiesHref(locale, query, {}, Math.max(offset - OPPORTUNITIES_PAGE, 0))}
            variant="default"
            rel="prev"
          >
            ← {t("opportunities.pager.prev")}
          </Button>
        )}
        {offset + OPPORTUNITIES_PAGE < total && (
          <Button
            component={Link}
            to={opportunitiesHref(locale, query, {}, offset + OPPORTUNITIES_PAGE)}
            variant="default"
            rel="next"
          >
            {t("opportunities.pager.next")} →
          </Button>
        )}
      </Group>
    </Group>
  );
}
