import "../organizations/organizations.css";
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Container,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Link } from "react-router";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import { supportPriorityNames, supportServiceNames } from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th } from "../admin/data-table.tsx";
import { langOf, otherLocale } from "../organizations/format.ts";
import { OpenStatus } from "./list-page.tsx";
import type { OfficeData } from "./offices.server.ts";
import { ReaderRange, useReaderZone } from "./reader-time.tsx";

/** `/offices/:id`: when the office is open (in its zone and the reader's), what it offers, how fast it answers. */
export function OfficePage({ data }: { data: OfficeData }) {
  const t = useT();
  const locale = useLocale();
  const name = pickText(data.name, locale);
  const other = otherLocale(locale);
  const otherName = isFallback(data.name, locale) ? undefined : data.name[other];
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Anchor component={Link} to={href("/offices", locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("offices.all")}
      </Anchor>
      {data.notice && (
        <Alert color="teal" variant="light" role="status" mt="md">
          {t(data.notice)}
        </Alert>
      )}
      <Group component="header" mt="md" justify="space-between" align="flex-start" gap="lg" wrap="wrap">
        <Stack gap={6}>
          <Title order={1} fz={{ base: 28, sm: 36 }} lang={langOf(data.name, locale)}>
            {name}
          </Title>
          {otherName && otherName !== name && (
            <Text c="gray.7" size="lg" lang={other}>
              {otherName}
            </Text>
          )}
          <OpenStatus office={data} />
          <Text>
            <Text span fw={700}>
              {t("offices.countries")}:
            </Text>{" "}
            <span data-testid="office-countries">
              {data.countries.map((country) => country.name).join(", ")}
            </span>
          </Text>
        </Stack>
        <RequestSupport data={data} />
      </Group>

      {(data.abilities.seeStaff || data.abilities.manage) && <StaffLinks data={data} />}

      <Hours data={data} />
      <Holidays data={data} />

      <Box component="section" aria-labelledby="office-services" mt={40}>
        <Title order={2} fz="xl" id="office-services" mb="sm">
          {t("offices.services")}
        </Title>
        <Group gap={8} component="ul" className="plain-list" data-testid="office-services">
          {data.services.map((service) => (
            <li key={service}>
              <Badge size="lg" variant="light" tt="none">
                {supportServiceNames[service][locale]}
              </Badge>
            </li>
          ))}
        </Group>
      </Box>

      <Box component="section" mt={40}>
        <DataTable
          caption={t("offices.sla")}
          note={t("offices.slaLead")}
          minWidth={420}
          head={
            <Table.Tr>
              <Th>{t("offices.col.priority")}</Th>
              <Th>{t("offices.col.firstResponse")}</Th>
              <Th>{t("offices.col.resolution")}</Th>
            </Table.Tr>
          }
        >
          {data.sla.map((row) => (
            <Table.Tr key={row.priority} data-testid={`sla-${row.priority}`}>
              <Table.Th scope="row">{supportPriorityNames[row.priority][locale]}</Table.Th>
              <Table.Td>{row.firstResponse}</Table.Td>
              <Table.Td>{row.resolution}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
        <Text size="sm" c="gray.8" mt="xs">
          {t("offices.reopen", { days: data.reopenDays })}
        </Text>
      </Box>

      {data.staff && <Staff staff={data.staff} />}
    </Container>
  );
}

/** Company members ask for support here; visitors are told how. */
function RequestSupport({ data }: { data: OfficeData }) {
  const t = useT();
  if (data.abilities.requestSupport)
    return (
      <Button component={Link} to={data.requestHref} size="md">
        {t("offices.requestSupport")}
      </Button>
    );
  if (data.signedIn) return null;
  return (
    <Card withBorder padding="md" radius="md" maw={320}>
      <Text size="sm">{t("offices.requestHint")}</Text>
      <Anchor component={Link} to={data.signInHref} c="daegu.9" fw={600} size="sm" mt={6} display="block">
        {t("offices.signInToRequest")}
      </Anchor>
    </Card>
  );
}

/** The office's work pages, for its people and the city. */
function StaffLinks({ data }: { data: OfficeData }) {
  const t = useT();
  const locale = useLocale();
  const base = `/offices/${data.id}`;
  return (
    <Box component="nav" aria-label={t("offices.forStaff")} mt="lg">
      <Group gap="sm">
        {data.abilities.seeStaff && (
          <>
            <Button component={Link} to={href(`${base}/queue`, locale)} variant="light">
              {t("offices.queue")}
            </Button>
            <Button component={Link} to={href(`${base}/dashboard`, locale)} variant="light">
              {t("offices.dashboard")}
            </Button>
          </>
        )}
        {data.abilities.manage && (
          <Button component={Link} to={href(`${base}/settings`, locale)} variant="default">
            {t("offices.settings")}
          </Button>
        )}
      </Group>
    </Box>
  );
}

function Hours({ data }: { data: OfficeData }) {
  const t = useT();
  const locale = useLocale();
  const zone = useReaderZone();
  return (
    <Box component="section" mt={40} data-testid="office-hours">
      <DataTable
        caption={t("offices.hoursTable")}
        note={t("offices.hoursCaption", { zone: data.timeZone })}
        minWidth={420}
        head={
          <Table.Tr>
            <Th>{t("offices.col.day")}</Th>
            <Th>
              {t("offices.col.officeTime")} ({data.timeZone})
            </Th>
            <Th>
              {t("offices.col.yourTime")}
              {zone ? ` (${zone})` : ""}
            </Th>
          </Table.Tr>
        }
      >
        {data.hours.map((day) => (
          <Table.Tr key={day.weekday} data-testid={`hours-${day.weekday}`}>
            <Table.Th scope="row">{day.label}</Table.Th>
            <Table.Td>{day.office ?? t("offices.dayClosed")}</Table.Td>
            <Table.Td>
              {day.opensAt && day.closesAt ? (
                <ReaderRange opensAt={day.opensAt} closesAt={day.closesAt} locale={locale} zone={zone} />
              ) : (
                t("offices.dayClosed")
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Box>
  );
}

function Holidays({ data }: { data: OfficeData }) {
  const t = useT();
  return (
    <Box component="section" aria-labelledby="office-holidays" mt={40}>
      <Title order={2} fz="xl" id="office-holidays" mb="sm">
        {t("offices.holidays")}
      </Title>
      {data.holidays.length === 0 ? (
        <Text c="gray.7">{t("offices.holidaysEmpty")}</Text>
      ) : (
        <Stack gap={6} component="ul" className="plain-list" data-testid="office-holidays">
          {data.holidays.map((holiday) => (
            <li key={holiday.date}>
              <Text>
                <time dateTime={holiday.date}>{holiday.text}</time> — {holiday.name}{" "}
                <Text span size="sm" c="gray.7">
                  ({t(`offices.holiday.${holiday.source}` as MessageKey)})
                </Text>
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function Staff({ staff }: { staff: NonNullable<OfficeData["staff"]> }) {
  const t = useT();
  const locale = useLocale();
  if (staff.length === 0)
    return (
      <Text c="gray.7" mt={40}>
        {t("offices.staffEmpty")}
      </Text>
    );
  return (
    <Box component="section" mt={40}>
      <DataTable
        caption={t("offices.staff")}
        minWidth={560}
        head={
          <Table.Tr>
            <Th>{t("offices.col.name")}</Th>
            <Th>{t("offices.col.skills")}</Th>
            <Th>{t("offices.col.available")}</Th>
            <Th>{t("offices.col.open")}</Th>
          </Table.Tr>
        }
      >
        {staff.map((member) => (
          <Table.Tr key={member.userId}>
            <Table.Th scope="row">{member.name}</Table.Th>
            <Table.Td>
              {member.services.length === 0
                ? t("offices.noSkills")
                : member.services.map((service) => supportServiceNames[service][locale]).join(", ")}
            </Table.Td>
            <Table.Td>{t(member.available ? "offices.available" : "offices.unavailable")}</Table.Td>
            <Table.Td>{member.openCount}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Box>
  );
}
