import { Anchor, Box, Card, Container, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { industryGroups } from "../../../contracts/industries/taxonomy.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { otherLocale } from "../organizations/format.ts";
import { BarChart } from "../zones/bar-chart.tsx";
import type { IndustriesData } from "./industries.server.ts";

type Industry = IndustriesData["industries"][number];

export function IndustriesPage({ data }: { data: IndustriesData }) {
  const t = useT();
  const locale = useLocale();
  const parents = data.industries.filter((industry) => industry.parent === null);
  const newIndustries = parents.filter((industry) => industry.group === "new-industry");
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Title order={1} fz={{ base: 28, sm: 36 }}>
        {t("industries.title")}
      </Title>
      <Text c="gray.8" mt="xs" mb="xl" maw={820}>
        {t("industries.lead")}
      </Text>
      <Card withBorder padding="lg" radius="md" mb="xl" maw={720}>
        <BarChart
          title={t("industries.chart.newIndustries")}
          bars={newIndustries.map((industry) => ({
            label: industry.name[locale],
            value: industry.organizationCount,
          }))}
          testId="industries-chart"
        />
      </Card>
      {industryGroups.map((group) => {
        const members = parents.filter((industry) => industry.group === group);
        if (members.length === 0) return null;
        return (
          <Box component="section" key={group} aria-labelledby={`group-${group}`} mt="xl">
            <Title order={2} fz="xl" id={`group-${group}`} mb="md">
              {t(`directory.group.${group}` as MessageKey)}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" component="ul" className="plain-list">
              {members.map((industry) => (
                <IndustryCard
                  key={industry.code}
                  industry={industry}
                  subSectors={data.industries.filter((sub) => sub.parent === industry.code)}
                />
              ))}
            </SimpleGrid>
          </Box>
        );
      })}
    </Container>
  );
}

function IndustryCard({ industry, subSectors }: { industry: Industry; subSectors: Industry[] }) {
  const t = useT();
  const locale = useLocale();
  const other = otherLocale(locale);
  return (
    <Card component="li" withBorder padding="lg" radius="md">
      <Title order={3} fz="lg">
        <Anchor component={Link} to={href(`/industries/${industry.code}`, locale)} c="daegu.9">
          {industry.name[locale]}
        </Anchor>
      </Title>
      <Text size="sm" c="gray.7" lang={other}>
        {industry.name[other]}
      </Text>
      <Text fw={700} mt="xs">
        {t("industries.total", { count: industry.organizationCount })}
      </Text>
      {subSectors.length > 0 && (
        <Group gap={6} mt="sm" component="ul" className="plain-list" aria-label={t("industries.subSectors")}>
          {subSectors.map((sub) => (
            <li key={sub.code}>
              <Anchor component={Link} to={href(`/industries/${sub.code}`, locale)} size="sm" c="daegu.9">
                {sub.name[locale]}
              </Anchor>
              <Text span size="sm" c="gray.7">
                {" "}
                {sub.organizationCount}
              </Text>
            </li>
          ))}
        </Group>
      )}
    </Card>
  );
}
