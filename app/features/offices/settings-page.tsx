import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { Form, Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import {
  holidayCalendars,
  supportPriorities,
  supportPriorityNames,
  supportServiceNames,
  supportServices,
} from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th } from "../admin/data-table.tsx";
import { mondayFirst, weekdayKey } from "./format.ts";
import type { FieldErrors, SettingsAction, SettingsValues } from "./settings.form.ts";
import type { SettingsData } from "./settings.server.ts";

/** `/offices/:id/settings`: the office's hours, closed days, services and targets; its staff's skills. */
export function SettingsPage({ data, action }: { data: SettingsData; action: SettingsAction | undefined }) {
  const t = useT();
  const locale = useLocale();
  const refused = action?.form === "office" ? action : undefined;
  const values = refused?.values ?? data.values;
  const errors = refused?.errors ?? {};
  const back = href(`/offices/${data.id}`, locale);
  return (
    <Container size="lg" py={{ base: "lg", sm: 40 }}>
      <Anchor component={Link} to={back} c="daegu.9" size="sm" fw={600}>
        ← {t("offices.settings.back")}
      </Anchor>
      <Title order={1} mt="md" mb="xs">
        {t("offices.settings.title", { office: pickText(data.name, locale) })}
      </Title>
      <Text c="gray.8" maw={760} mb="lg">
        {t("offices.settings.lead")}
      </Text>
      <Stack gap="xl">
        {refused && (
          <Alert color="red" variant="light" role="alert">
            {t("offices.settings.errors")}
          </Alert>
        )}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="office" />
          <Stack gap="xl">
            <Section id="basics" title={t("offices.settings.section.basics")}>
              <Basics values={values} errors={errors} />
            </Section>
            <Section id="hours" title={t("offices.settings.section.hours")}>
              <Hours values={values} errors={errors} />
            </Section>
            <Section id="holidays" title={t("offices.settings.section.holidays")}>
              <Holidays values={values} errors={errors} />
            </Section>
            <Section id="services" title={t("offices.settings.section.services")}>
              <Services values={values} errors={errors} />
            </Section>
            <Section id="sla" title={t("offices.settings.section.sla")} hint={t("offices.settings.slaHint")}>
              <Targets values={values} errors={errors} />
            </Section>
            <Group>
              <Button type="submit" size="md">
                {t("offices.settings.submit")}
              </Button>
            </Group>
          </Stack>
        </Form>
        <StaffSkills data={data} action={action?.form === "staff" ? action : undefined} />
      </Stack>
    </Container>
  );
}

function Section(props: { id: string; title: string; hint?: string; children: React.ReactNode }) {
  return (
    <Paper
      component="section"
      withBorder
      p="lg"
      radius="md"
      aria-labelledby={`${props.id}-title`}
      id={props.id}
    >
      <Title order={2} fz={22} id={`${props.id}-title`} mb={props.hint ? 4 : "md"}>
        {props.title}
      </Title>
      {props.hint && (
        <Text c="gray.8" size="sm" mb="md">
          {props.hint}
        </Text>
      )}
      <Stack gap="lg">{props.children}</Stack>
    </Paper>
  );
}

type Part = { values: SettingsValues; errors: FieldErrors };

/** An error of a group of checkboxes, tied to its fieldset. */
function GroupError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <Text c="red.9" size="sm" role="alert" id={id} mb="xs">
      {error}
    </Text>
  );
}

function Basics({ values, errors }: Part) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        name="name.ko"
        lang="ko"
        label={t("offices.settings.nameKo")}
        defaultValue={values.nameKo}
        error={errors["name.ko"]}
        maxLength={300}
      />
      <TextInput
        name="name.en"
        lang="en"
        label={t("offices.settings.nameEn")}
        defaultValue={values.nameEn}
        error={errors["name.en"]}
        maxLength={300}
      />
      <TextInput
        name="countries"
        label={t("offices.settings.countries")}
        description={t("offices.settings.countriesHint")}
        defaultValue={values.countries}
        error={errors.countries}
      />
      <TextInput
        name="timeZone"
        label={t("offices.settings.timeZone")}
        description={t("offices.settings.timeZoneHint")}
        defaultValue={values.timeZone}
        error={errors.timeZone}
      />
    </SimpleGrid>
  );
}

/** One row per weekday, Monday first: closed, or opening and closing times in the office's zone. */
function Hours({ values, errors }: Part) {
  const t = useT();
  return (
    <>
      <GroupError id="hours-error" error={errors.hours} />
      {mondayFirst.map((weekday) => {
        const day = values.hours[weekday]!;
        const name = t(weekdayKey(weekday));
        return (
          <Group
            key={weekday}
            gap="md"
            align="flex-start"
            wrap="wrap"
            data-testid={`settings-hours-${weekday}`}
          >
            <Text fw={700} w={80} pt={30}>
              {name}
            </Text>
            <Checkbox
              name={`hours.${weekday}.closed`}
              defaultChecked={day.closed}
              label={t("offices.settings.closed", { day: name })}
              pt={32}
              w={140}
            />
            <TextInput
              name={`hours.${weekday}.start`}
              label={t("offices.settings.start", { day: name })}
              placeholder="09:00"
              inputMode="numeric"
              defaultValue={day.start}
              error={errors[`hours.${weekday}.start`]}
              w={160}
            />
            <TextInput
              name={`hours.${weekday}.end`}
              label={t("offices.settings.end", { day: name })}
              placeholder="18:00"
              inputMode="numeric"
              defaultValue={day.end}
              error={errors[`hours.${weekday}.end`]}
              w={160}
            />
          </Group>
        );
      })}
    </>
  );
}

function Holidays({ values, errors }: Part) {
  const t = useT();
  const chosen = new Set(values.holidayCalendars);
  return (
    <>
      <Fieldset
        legend={t("offices.settings.calendars")}
        aria-describedby={errors.holidayCalendars ? "calendars-error" : undefined}
      >
        <GroupError id="calendars-error" error={errors.holidayCalendars} />
        <Group gap="lg">
          {holidayCalendars.map((set) => (
            <Checkbox
              key={set}
              name="holidayCalendars"
              value={set}
              defaultChecked={chosen.has(set)}
              label={t(`offices.holiday.${set}` as MessageKey)}
            />
          ))}
        </Group>
      </Fieldset>
      <Textarea
        name="holidays"
        label={t("offices.settings.extraHolidays")}
        description={t("offices.settings.extraHolidaysHint")}
        defaultValue={values.holidays}
        error={errors.holidays}
        autosize
        minRows={3}
        maxRows={12}
        maw={360}
      />
    </>
  );
}

function Services({ values, errors }: Part) {
  const t = useT();
  const locale = useLocale();
  const chosen = new Set(values.services);
  return (
    <Fieldset
      legend={t("offices.services")}
      variant="unstyled"
      aria-describedby={errors.services ? "services-error" : undefined}
    >
      <GroupError id="services-error" error={errors.services} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {supportServices.map((service) => (
          <Checkbox
            key={service}
            name="services"
            value={service}
            defaultChecked={chosen.has(service)}
            label={supportServiceNames[service][locale]}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

/** First response and resolution per priority, in business hours; the reopen window and the warning. */
function Targets({ values, errors }: Part) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {[...supportPriorities].reverse().map((priority) => {
        const label = supportPriorityNames[priority][locale];
        return (
          <SimpleGrid key={priority} cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              name={`sla.${priority}.firstResponse`}
              label={t("offices.settings.firstResponse", { priority: label })}
              inputMode="decimal"
              defaultValue={values.sla[priority].firstResponse}
              error={errors[`sla.${priority}.firstResponse`]}
            />
            <TextInput
              name={`sla.${priority}.resolution`}
              label={t("offices.settings.resolution", { priority: label })}
              inputMode="decimal"
              defaultValue={values.sla[priority].resolution}
              error={errors[`sla.${priority}.resolution`]}
            />
          </SimpleGrid>
        );
      })}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          name="reopenDays"
          label={t("offices.settings.reopenDays")}
          inputMode="numeric"
          defaultValue={values.reopenDays}
          error={errors.reopenDays}
        />
        <TextInput
          name="warnBeforeMinutes"
          label={t("offices.settings.warnBefore")}
          inputMode="numeric"
          defaultValue={values.warnBeforeMinutes}
          error={errors.warnBeforeMinutes}
        />
      </SimpleGrid>
    </>
  );
}

/**
 * One form per person (their inputs name it with the `form` attribute, so the table stays a table):
 * which services they handle and whether routing may give them new requests.
 */
function StaffSkills({
  data,
  action,
}: {
  data: SettingsData;
  action: Extract<SettingsAction, { form: "staff" }> | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="staff-title" id="staff">
      <Title order={2} fz={22} id="staff-title" mb={4}>
        {t("offices.settings.section.staff")}
      </Title>
      <Text c="gray.8" size="sm" mb="md">
        {t("offices.settings.staffLead")}
      </Text>
      {data.savedStaff && (
        <Alert color="teal" variant="light" role="status" mb="md">
          {t("offices.settings.staffSaved", { name: data.savedStaff })}
        </Alert>
      )}
      {action && (
        <Alert color="red" variant="light" role="alert" mb="md">
          {Object.values(action.errors).join(" ")}
        </Alert>
      )}
      {data.staff.length === 0 ? (
        <Text c="gray.7">{t("offices.staffEmpty")}</Text>
      ) : (
        <DataTable
          caption={t("offices.staff")}
          minWidth={880}
          head={
            <Table.Tr>
              <Th>{t("offices.col.name")}</Th>
              <Th>{t("offices.col.skills")}</Th>
              <Th>{t("offices.col.available")}</Th>
              <Th>{t("offices.col.open")}</Th>
              <Th>
                <VisuallyHidden>{t("offices.settings.saveStaff")}</VisuallyHidden>
              </Th>
            </Table.Tr>
          }
        >
          {data.staff.map((member) => {
            const formId = `staff-${member.userId}`;
            const skills = new Set(member.services);
            return (
              <Table.Tr key={member.userId} data-testid={formId}>
                <Table.Th scope="row">
                  {member.name}
                  <Text size="xs" c="gray.7">
                    {member.email}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Stack gap={4}>
                    {supportServices.map((service) => (
                      <Checkbox
                        key={service}
                        form={formId}
                        name="services"
                        value={service}
                        size="xs"
                        defaultChecked={skills.has(service)}
                        label={
                          <>
                            {supportServiceNames[service][locale]}
                            <VisuallyHidden> ({member.name})</VisuallyHidden>
                          </>
                        }
                      />
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    form={formId}
                    name="available"
                    defaultChecked={member.available}
                    label={
                      <>
                        {t("offices.available")}
                        <VisuallyHidden> ({member.name})</VisuallyHidden>
                      </>
                    }
                  />
                </Table.Td>
                <Table.Td>{member.openCount}</Table.Td>
                <Table.Td>
                  <Form method="post" id={formId}>
                    <input type="hidden" name="intent" value="staff" />
                    <input type="hidden" name="userId" value={member.userId} />
                    <Button type="submit" size="xs" variant="light">
                      {t("offices.settings.saveStaff")}
                      <VisuallyHidden> ({member.name})</VisuallyHidden>
                    </Button>
                  </Form>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
    </Paper>
  );
}
