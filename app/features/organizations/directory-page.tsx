import "./organizations.css";
import { Anchor, Box, Container, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { ActiveFilters } from "./active-filters.tsx";
import { type DirectoryQuery, directoryHref, exportHref, facetKeys } from "./directory.query.ts";
import type { DirectoryData } from "./directory.server.ts";
import { DirectoryPager } from "./directory-pager.tsx";
import { FacetPanel } from "./facet-panel.tsx";
import { type DirectoryLabels, filterLabel } from "./filter-labels.ts";
import { OrganizationCard } from "./organization-card.tsx";
import { SearchForm } from "./search-form.tsx";

export function DirectoryPage({ data }: { data: DirectoryData }) {
  const t = useT();
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Title order={1} fz={{ base: 28, sm: 36 }}>
        {t("directory.title")}
      </Title>
      <Text c="gray.8" mt="xs" mb="lg" maw={820}>
        {t("directory.lead")}
      </Text>
      <SearchForm query={data.query} />
      <ActiveFilters query={data.query} labels={data.labels} />
      <Grid mt="lg" gap={{ base: "md", md: "xl" }}>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <FacetPanel query={data.query} facets={data.facets} labels={data.labels} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Results data={data} />
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function Results({ data }: { data: DirectoryData }) {
  const t = useT();
  return (
    <Box component="section" aria-labelledby="results-title">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs" mb="md">
        <Group gap="sm" align="baseline">
          <Title order={2} fz="xl" id="results-title" data-testid="directory-total">
            {t("directory.total", { count: data.total.toLocaleString("en-US") })}
          </Title>
          {data.total > 0 && (
            <Text size="sm" c="gray.7">
              {data.query.q ? t("directory.sortRelevance") : t("directory.sortName")}
            </Text>
          )}
        </Group>
        {data.total > 0 && (
          <Group gap={8} align="baseline">
            <Text size="sm" c="gray.8">
              {t("directory.download")}
            </Text>
            {/* Plain links: downloads, not pages for the router. */}
            <Anchor
              href={exportHref("csv", data.query)}
              size="sm"
              fw={600}
              c="daegu.9"
              aria-label={t("directory.downloadCsvLabel")}
            >
              {t("directory.downloadCsv")}
            </Anchor>
            <Anchor
              href={exportHref("jsonl", data.query)}
              size="sm"
              fw={600}
              c="daegu.9"
              aria-label={t("directory.downloadJsonlLabel")}
            >
              {t("directory.downloadJsonl")}
            </Anchor>
          </Group>
        )}
      </Group>
      {data.items.length > 0 ? (
        <Stack component="ol" gap="sm" className="plain-list" data-testid="directory-results">
          {data.items.map((organization) => (
            <li key={organization.id}>
              <OrganizationCard organization={organization} />
            </li>
          ))}
        </Stack>
      ) : (
        <EmptyState query={data.query} labels={data.labels} offset={data.offset} total={data.total} />
      )}
      <DirectoryPager query={data.query} offset={data.offset} total={data.total} />
    </Box>
  );
}

/** Nothing found: say so, and offer each filter's removal as the next step. */
function EmptyState({
  query,
  labels,
  offset,
  total,
}: {
  query: DirectoryQuery;
  labels: DirectoryLabels;
  offset: number;
  total: number;
}) {
  const t = useT();
  const locale = useLocale();
  // A page past the end (an old link) is not "nothing found".
  if (total > 0 && offset > 0) {
    return (
      <Anchor component={Link} to={directoryHref(locale, query)} c="daegu.9" fw={600}>
        {t("directory.pager.first")}
      </Anchor>
    );
  }
  const removals = [
    ...(query.q && facetKeys.some((key) => query[key])
      ? [
          {
            key: "q",
            label: t("directory.empty.withoutQuery"),
            to: directoryHref(locale, query, { q: undefined }),
          },
        ]
      : []),
    ...facetKeys.flatMap((key) =>
      query[key]
        ? [
            {
              key,
              label: t("directory.remove", { filter: filterLabel(key, query[key], locale, labels) }),
              to: directoryHref(locale, query, { [key]: undefined }),
            },
          ]
        : [],
    ),
  ];
  return (
    <Paper withBorder p="xl" radius="md" bg="gray.0" data-testid="directory-empty">
      <Title order={3} fz="lg">
        {t("directory.empty.title")}
      </Title>
      <Text mt="xs" c="gray.8">
        {t("directory.empty.body")}
      </Text>
      {removals.length > 0 && (
        <Stack component="ul" gap={6} mt="md" className="plain-list">
          {removals.map((removal) => (
            <li key={removal.key}>
              <Anchor component={Link} to={removal.to} c="daegu.9" fw={600}>
                {removal.label}
              </Anchor>
            </li>
          ))}
          <li>
            <Anchor component={Link} to={directoryHref(locale)} c="daegu.9" fw={600}>
              {t("directory.clearAll")}
            </Anchor>
          </li>
        </Stack>
      )}
    </Paper>
  );
}
