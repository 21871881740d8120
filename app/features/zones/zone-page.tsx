import {
  Anchor,
  Badge,
  Box,
  Card,
  Container,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { Link } from "react-router";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DirectoryLink } from "../organizations/directory-link.tsx";
import { langOf, otherLocale } from "../organizations/format.ts";
import { OrganizationCard } from "../organizations/organization-card.tsx";
import { BarChart } from "./bar-chart.tsx";
import type { ZoneData } from "./zones.server.ts";

export function ZonePage({ data }: { data: ZoneData }) {
  const t = useT();
  const locale = useLocale();
  const { zone } = data;
  const name = pickText(zone.name, locale);
  const other = otherLocale(locale);
  const otherName = isFallback(zone.name, locale) ? undefined : zone.name[other];
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Anchor component={Link} to={href("/zones", locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("zones.all")}
      </Anchor>
      <Title order={1} fz={{ base: 28, sm: 36 }} mt="md" lang={langOf(zone.name, locale)}>
        {name}
      </Title>
      {otherName && (
        <Text c="gray.7" size="lg" lang={other}>
          {otherName}
        </Text>
      )}
      <Group gap="sm" mt="sm">
        {zone.designation && (
          <Badge size="lg" variant="light" tt="none" lang={langOf(zone.designation, locale)}>
            {pickText(zone.designation, locale)}
          </Badge>
        )}
        <Text fw={700} data-testid="zone-count">
          {t("zones.companies", { count: data.total })}
        </Text>
      </Group>

      <Box component="section" aria-labelledby="zone-industries" mt="xl">
        <Title order={2} fz="xl" id="zone-industries" mb="md">
          {t("zones.chart.industriesHeading")}
        </Title>
        {data.industries.length === 0 ? (
          <Text c="gray.7">{t("zones.chart.empty")}</Text>
        ) : (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Card withBorder padding="lg" radius="md">
                <BarChart
                  title={t("zones.chart.industries", { zone: name })}
                  bars={data.industries}
                  testId="zone-industry-chart"
                />
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                {/* One kind only (a startup campus) says little as a chart; the stages then say more. */}
                {data.kinds.length > 1 && (
                  <Card withBorder padding="lg" radius="md">
                    <BarChart title={t("zones.chart.kinds")} bars={data.kinds} />
                  </Card>
                )}
                {data.stages.length > 0 && (
                  <Card withBorder padding="lg" radius="md">
                    <BarChart title={t("zones.chart.stages")} bars={data.stages} />
                  </Card>
                )}
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </Box>

      {data.companies.length > 0 && (
        <Box component="section" aria-labelledby="zone-companies" mt={48}>
          <Title order={2} fz="xl" id="zone-companies" mb="md">
            {t("zones.list")}
          </Title>
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            spacing="sm"
            component="ul"
            className="plain-list"
            data-testid="zone-companies"
          >
            {data.companies.map((organization) => (
              <li key={organization.id}>
                <OrganizationCard organization={organization} />
              </li>
            ))}
          </SimpleGrid>
          <DirectoryLink filter={{ zone: zone.code }}>
            {t("zones.viewAll", { zone: name, count: data.total })}
          </DirectoryLink>
        </Box>
      )}
    </Container>
  );
}
