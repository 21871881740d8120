import "../organizations/organizations.css";
import { Anchor, Badge, Card, Container, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { supportServiceNames } from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { langOf } from "../organizations/format.ts";
import type { OfficeCardData, OfficesData } from "./offices.server.ts";
import { ReaderRange, useReaderZone } from "./reader-time.tsx";

/** `/offices`: the overseas offices' desks, each with its countries, services and hours. */
export function OfficesPage({ data }: { data: OfficesData }) {
  const t = useT();
  const zone = useReaderZone();
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Title order={1} fz={{ base: 28, sm: 36 }}>
        {t("offices.title")}
      </Title>
      <Text c="gray.8" size="lg" maw={760} mt="xs" mb="xl">
        {t("offices.lead")}
      </Text>
      {data.offices.length === 0 ? (
        <Text c="gray.7">{t("offices.empty")}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" component="ul" className="plain-list">
          {data.offices.map((office) => (
            <li key={office.id}>
              <OfficeCard office={office} zone={zone} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Container>
  );
}

/** Whether the office is open now, its local clock and zone. */
export function OpenStatus({
  office,
}: {
  office: Pick<OfficeCardData, "openNow" | "localTime" | "timeZone">;
}) {
  const t = useT();
  return (
    <Group gap="sm">
      <Badge
        color={office.openNow ? "teal.9" : "gray.7"}
        variant="filled"
        tt="none"
        data-testid="office-open"
      >
        {t(office.openNow ? "offices.open" : "offices.closed")}
      </Badge>
      <Text size="sm" c="gray.8">
        {t("offices.localTime", { time: office.localTime, zone: office.timeZone })}
      </Text>
    </Group>
  );
}

function OfficeCard({ office, zone }: { office: OfficeCardData; zone: string | null }) {
  const t = useT();
  const locale = useLocale();
  const name = pickText(office.name, locale);
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      h="100%"
      component="article"
      aria-labelledby={`office-${office.id}`}
    >
      <Stack gap="sm">
        <Title order={2} fz="xl" id={`office-${office.id}`} lang={langOf(office.name, locale)}>
          <Anchor component={Link} to={href(`/offices/${office.id}`, locale)} c="daegu.9">
            {name}
          </Anchor>
        </Title>
        <OpenStatus office={office} />
        <Text size="sm">
          <Text span fw={700}>
            {t("offices.countries")}:
          </Text>{" "}
          {office.countries.map((country) => country.name).join(", ")}
        </Text>
        <Stack gap={2}>
          <Text size="sm" fw={700}>
            {t("offices.hours")}
          </Text>
          {office.weekly.length === 0 ? (
            <Text size="sm">{t("offices.closedAllWeek")}</Text>
          ) : (
            office.weekly.map((line) => (
              <Text size="sm" key={line.days}>
                {t("offices.weekly", line)} ({office.timeZone})
              </Text>
            ))
          )}
          {office.next && zone && (
            <Text size="sm" c="gray.8">
              {t("offices.yourTimeNext", { zone, range: "" })}
              <ReaderRange {...office.next} locale={locale} zone={zone} />
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {t("offices.services")}
          </Text>
          <Group gap={6}>
            {office.services.map((service) => (
              <Badge key={service} variant="light" tt="none">
                {supportServiceNames[service][locale]}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
