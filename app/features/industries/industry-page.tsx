import { Anchor, Badge, Box, Card, Container, Grid, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { OrganizationCardData } from "../organizations/card-data.ts";
import { DirectoryLink } from "../organizations/directory-link.tsx";
import { otherLocale } from "../organizations/format.ts";
import { OrganizationCard } from "../organizations/organization-card.tsx";
import { BarChart } from "../zones/bar-chart.tsx";
import type { IndustryData } from "./industries.server.ts";

export function IndustryPage({ data }: { data: IndustryData }) {
  const t = useT();
  const locale = useLocale();
  const { industry } = data;
  const name = industry.name[locale];
  const other = otherLocale(locale);
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Anchor component={Link} to={href("/industries", locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("industries.all")}
      </Anchor>
      <Title order={1} fz={{ base: 28, sm: 36 }} mt="md">
        {name}
      </Title>
      <Text c="gray.7" size="lg" lang={other}>
        {industry.name[other]}
      </Text>
      <Group gap="sm" mt="sm">
        <Badge size="lg" variant="light" tt="none">
          {t(`directory.group.${industry.group}` as MessageKey)}
        </Badge>
        {data.parent && (
          <Anchor component={Link} to={href(`/industries/${data.parent.code}`, locale)} c="daegu.9" size="sm">
            {t("industries.parent", { name: data.parent.name[locale] })}
          </Anchor>
        )}
        <Text fw={700} data-testid="industry-count">
          {t("industries.total", { count: data.total })}
        </Text>
      </Group>

      {data.subSectors.length > 0 && (
        <Box component="section" aria-labelledby="industry-subsectors" mt="xl">
          <Title order={2} fz="xl" id="industry-subsectors" mb="sm">
            {t("industries.subSectors")}
          </Title>
          <Group gap="sm" component="ul" className="plain-list">
            {data.subSectors.map((sub) => (
              <li key={sub.code}>
                <Anchor component={Link} to={href(`/industries/${sub.code}`, locale)} className="filter-chip">
                  {sub.name[locale]} · {sub.organizationCount}
                </Anchor>
              </li>
            ))}
          </Group>
        </Box>
      )}

      {data.total === 0 ? (
        <Text c="gray.7" mt="xl">
          {t("industries.empty")}
        </Text>
      ) : (
        <Grid gap="lg" mt="xl">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card withBorder padding="lg" radius="md" h="100%">
              <BarChart
                title={t("industries.chart.byKind", { industry: name })}
                bars={data.kinds}
                testId="industry-kind-chart"
              />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card withBorder padding="lg" radius="md" h="100%">
              {data.zones.length > 0 ? (
                <BarChart title={t("industries.chart.byZone", { industry: name })} bars={data.zones} />
              ) : (
                <Text size="sm" c="gray.7">
                  {t("industries.noZone")}
                </Text>
              )}
            </Card>
          </Grid.Col>
          {data.markets.length > 0 && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Card withBorder padding="lg" radius="md" h="100%">
                <BarChart title={t("industries.chart.byMarket", { industry: name })} bars={data.markets} />
              </Card>
            </Grid.Col>
          )}
        </Grid>
      )}

      <CompanyList id="industry-companies" title={t("industries.companies")} items={data.companies.items} />
      <CompanyList id="industry-partners" title={t("industries.partners")} items={data.partners.items} />
      {data.total > 0 && (
        <DirectoryLink filter={{ industry: industry.code }}>
          {t("industries.viewAll", { industry: name, count: data.total })}
        </DirectoryLink>
      )}
    </Container>
  );
}

function CompanyList({ id, title, items }: { id: string; title: string; items: OrganizationCardData[] }) {
  if (items.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={id} mt={48}>
      <Title order={2} fz="xl" id={id} mb="md">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" className="plain-list">
        {items.map((organization) => (
          <li key={organization.id}>
            <OrganizationCard organization={organization} />
          </li>
        ))}
      </SimpleGrid>
    </Box>
  );
}
