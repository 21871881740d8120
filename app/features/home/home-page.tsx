import {
  Anchor,
  Badge,
  Box,
  Card,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { HomeData } from "./home.server.ts";
import { OpportunityList } from "./opportunity-list.tsx";
import { PartnerCard } from "./partner-card.tsx";

export function HomePage({ data }: { data: HomeData }) {
  const t = useT();
  const locale = useLocale();
  const newIndustries = data.industries.filter((industry) => industry.group === "new-industry");
  const traditional = data.industries.filter((industry) => industry.group === "traditional");
  const office = data.partners.find((partner) => partner.kind === "overseas-office");
  const partners = data.partners.filter((partner) => partner.kind !== "overseas-office");
  return (
    <>
      <Box className="hero" py={{ base: 48, sm: 80 }}>
        <Container size="lg">
          <Stack gap="lg" maw={820}>
            <Text fw={700} c="daegu.1">
              {t("home.hero.eyebrow")}
            </Text>
            <Title order={1} fz={{ base: 30, sm: 44 }} lh={1.2}>
              {t("home.hero.title")}
            </Title>
            <Text size="lg" c="daegu.0">
              {t("home.hero.lead")}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt={40} spacing="lg">
            <Stat value={data.counts.local} label={t("home.stats.local")} />
            <Stat value={data.counts.global} label={t("home.stats.global")} />
            <Stat value={data.counts.zones} label={t("home.stats.zones")} />
            <Stat value={data.counts.opportunities} label={t("home.stats.opportunities")} />
          </SimpleGrid>
        </Container>
      </Box>

      <Container size="lg">
        <Section id="industries" title={t("home.industries.title")} lead={t("home.industries.lead")}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            {newIndustries.map((industry) => (
              <Card key={industry.code} withBorder padding="lg">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Text fw={700}>
                    <Anchor component={Link} to={href(`/industries/${industry.code}`, locale)} c="dark">
                      {industry.name[locale]}
                    </Anchor>
                  </Text>
                  {["ai", "big-data", "blockchain"].includes(industry.code) && (
                    <Badge variant="light">{t("home.industries.abb")}</Badge>
                  )}
                </Group>
                <Text size="sm" c="gray.7" mt={6}>
                  {t("home.industries.companies", { count: industry.organizationCount })}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Text fw={700} mt="xl" mb="sm">
            {t("home.industries.traditional")}
          </Text>
          <Group gap="xs">
            {traditional.map((industry) => (
              <Badge
                key={industry.code}
                component={Link}
                to={href(`/industries/${industry.code}`, locale)}
                size="lg"
                variant="outline"
                color="gray.8"
                tt="none"
                style={{ cursor: "pointer" }}
              >
                {industry.name[locale]} · {industry.organizationCount}
              </Badge>
            ))}
          </Group>
        </Section>

        <Section id="zones" title={t("home.zones.title")} lead={t("home.zones.lead")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {data.zones.map((zone) => (
              <Card key={zone.code} withBorder padding="lg">
                <Text fw={700} size="lg">
                  <Anchor component={Link} to={href(`/zones/${zone.code}`, locale)} c="dark">
                    {pickText(zone.name, locale)}
                  </Anchor>
                </Text>
                {zone.designation && (
                  <Text size="sm" c="daegu.9" fw={600} mt={4}>
                    {pickText(zone.designation, locale)}
                  </Text>
                )}
                <Text size="sm" c="gray.7" mt="sm">
                  {t("home.zones.companies", { count: zone.organizationCount })}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </Section>

        <Section id="partners" title={t("home.partners.title")} lead={t("home.partners.lead")}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            {partners.map((partner) => (
              <PartnerCard key={partner.id} organization={partner} />
            ))}
          </SimpleGrid>
        </Section>

        {office && (
          <Section id="office" title={t("home.office.title")} lead={t("home.office.lead")}>
            <PartnerCard organization={office} wide />
          </Section>
        )}

        <Section id="opportunities" title={t("home.opportunities.title")}>
          <OpportunityList opportunities={data.opportunities} />
        </Section>

        <Card mt={48} padding="xl" bg="daegu.0" radius="lg">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={44} radius="xl" aria-hidden>
              ★
            </ThemeIcon>
            <Text fw={700} size="lg">
              {t("home.unicorn")}
            </Text>
          </Group>
        </Card>
      </Container>
    </>
  );
}

function Stat({ value, label }: { value: number; label: string }) {
  return (
    <Stack gap={0}>
      <Text fz={36} fw={800} lh={1.1}>
        {value.toLocaleString()}
      </Text>
      <Text size="sm" c="daegu.0">
        {label}
      </Text>
    </Stack>
  );
}

function Section(props: { id: string; title: string; lead?: string; children: React.ReactNode }) {
  return (
    <Box component="section" id={props.id} aria-labelledby={`${props.id}-title`} mt={56}>
      <Title order={2} id={`${props.id}-title`} mb="xs">
        {props.title}
      </Title>
      {props.lead && (
        <Text c="gray.8" mb="lg" maw={820}>
          {props.lead}
        </Text>
      )}
      {props.children}
    </Box>
  );
}
