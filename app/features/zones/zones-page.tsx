import { Anchor, Card, Container, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { directoryHref } from "../organizations/directory.query.ts";
import { langOf } from "../organizations/format.ts";
import { BarChart } from "./bar-chart.tsx";
import type { ZonesData } from "./zones.server.ts";

export function ZonesPage({ data }: { data: ZonesData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Title order={1} fz={{ base: 28, sm: 36 }}>
        {t("zones.title")}
      </Title>
      <Text c="gray.8" mt="xs" mb="xl" maw={820}>
        {t("zones.lead")}
      </Text>
      <Card withBorder padding="lg" radius="md" mb="xl" maw={720}>
        <BarChart
          title={t("zones.chart.byZone")}
          bars={data.zones.map((zone) => ({
            label: pickText(zone.name, locale),
            value: zone.organizationCount,
          }))}
          testId="zones-chart"
        />
      </Card>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" className="plain-list">
        {data.zones.map((zone) => (
          <Card key={zone.code} withBorder padding="lg" radius="md" component="li">
            <Title order={2} fz="xl">
              <Anchor
                component={Link}
                to={href(`/zones/${zone.code}`, locale)}
                c="daegu.9"
                lang={langOf(zone.name, locale)}
              >
                {pickText(zone.name, locale)}
              </Anchor>
            </Title>
            {zone.designation && (
              <Text size="sm" c="daegu.9" fw={600} mt={4} lang={langOf(zone.designation, locale)}>
                {pickText(zone.designation, locale)}
              </Text>
            )}
            <Text size="sm" c="gray.8" mt="sm">
              <Anchor
                component={Link}
                to={directoryHref(locale, {}, { zone: zone.code })}
                c="daegu.9"
                size="sm"
              >
                {t("zones.companies", { count: zone.organizationCount })}
              </Anchor>
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Container>
  );
}
