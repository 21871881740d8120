import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Form, Link } from "react-router";
import { pickText } from "../../../../contracts/common/locale-text.ts";
import { PostButton } from "../../../components/ui/post-button.tsx";
import { href } from "../../../i18n/locale.ts";
import type { MessageKey } from "../../../i18n/messages.ts";
import { useLocale, useT } from "../../../i18n/use-locale.ts";
import { stageKey } from "../format.ts";
import type { EditActionData, EditValues, FieldErrors } from "./edit.form.ts";
import type { EditorData } from "./edit.server.ts";
import { IndustryPicker } from "./industry-picker.tsx";
import { LocalizedFields } from "./localized-fields.tsx";
import { LogoForm } from "./logo-form.tsx";
import { PeopleEditor } from "./people-editor.tsx";

/** `/organizations/:id/edit`: the profile form, the logo and the people, for members and the city. */
export function EditPage({ data, action }: { data: EditorData; action: EditActionData | undefined }) {
  const t = useT();
  const locale = useLocale();
  const organization = pickText(data.organization.name, locale);
  const profile = action?.form === "profile" ? action : undefined;
  const values = profile?.values ?? data.values;
  const errors = profile?.errors ?? {};
  const person = action?.form === "person" ? action : undefined;
  return (
    <Container size="lg" py={{ base: "lg", sm: 40 }}>
      <Anchor
        component={Link}
        to={href(`/organizations/${data.organization.id}`, locale)}
        c="daegu.9"
        size="sm"
        fw={600}
      >
        ← {t("orgEdit.back")}
      </Anchor>
      <Title order={1} mt="md" mb="xs">
        {t("orgEdit.title", { organization })}
      </Title>
      <Text c="gray.8" maw={760} mb="sm">
        {t("orgEdit.lead")}
      </Text>
      <Group gap="sm" mb="lg" wrap="wrap">
        <Text size="sm" fw={600} c={data.organization.verified ? "teal.9" : "gray.8"}>
          {data.organization.verified ? (
            <>
              {t("orgEdit.verified", { date: "" })}
              <time dateTime={data.organization.verified.iso}>{data.organization.verified.text}</time>
            </>
          ) : (
            t("orgEdit.notVerified")
          )}
        </Text>
        {data.canVerify && <PostButton fields={{ intent: "verify" }} label={t("orgEdit.verify")} />}
      </Group>

      <Stack gap="xl">
        {data.notice && !action && (
          <Alert color="teal" variant="light" role="status">
            {t(data.notice)}
          </Alert>
        )}
        {profile && (
          <Alert color="red" variant="light" role="alert">
            {t("orgEdit.errors")}
          </Alert>
        )}

        <Form method="post" noValidate key={data.organization.updatedAt}>
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="updatedAt" value={data.organization.updatedAt} />
          <Stack gap="xl">
            <Section id="texts" title={t("orgEdit.section.texts")} hint={t("orgEdit.section.textsHint")}>
              <LocalizedFields values={values} errors={errors} />
            </Section>
            <Section
              id="industries"
              title={t("orgEdit.section.industries")}
              hint={t("orgEdit.section.industriesHint")}
            >
              <IndustryPicker selected={values.industries} error={errors.industries} />
            </Section>
            <Section id="facts" title={t("orgEdit.section.facts")}>
              <Facts data={data} values={values} errors={errors} />
            </Section>
            <Section
              id="contact"
              title={t("orgEdit.section.contact")}
              hint={t("orgEdit.section.contactHint")}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Field
                  name="contactEmail"
                  values={values}
                  errors={errors}
                  type="email"
                  autoComplete="email"
                />
                <Field name="contactPhone" values={values} errors={errors} type="tel" autoComplete="tel" />
                <Field
                  name="registrationNumber"
                  values={values}
                  errors={errors}
                  inputMode="numeric"
                  description={t("orgEdit.hint.registrationNumber")}
                />
              </SimpleGrid>
            </Section>
            <Group>
              <Button type="submit" size="md">
                {t("orgEdit.save")}
              </Button>
            </Group>
          </Stack>
        </Form>

        <LogoForm
          logoUrl={data.organization.logoUrl}
          error={action?.form === "logo" ? action.errors.logo : undefined}
        />
        {/* Keyed by the list: after a person is added, the form starts empty again. */}
        <PeopleEditor
          key={data.people.map((row) => row.id).join()}
          people={data.people}
          values={person?.values}
          errors={person?.errors}
        />
      </Stack>
    </Container>
  );
}

function Section(props: { id: string; title: string; hint?: string; children: React.ReactNode }) {
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby={`${props.id}-title`}>
      <Title order={2} fz={22} id={`${props.id}-title`} mb={props.hint ? 4 : "md"}>
        {props.title}
      </Title>
      {props.hint && (
        <Text c="gray.8" size="sm" mb="md">
          {props.hint}
        </Text>
      )}
      {props.children}
    </Paper>
  );
}

type ScalarName = Exclude<keyof EditValues, "texts" | "machineTranslated" | "industries">;

/** A text input named after its field, labelled in the page's language, with its error beside it. */
function Field(props: {
  name: ScalarName;
  values: EditValues;
  errors: FieldErrors;
  description?: string;
  type?: string;
  inputMode?: "numeric" | "url" | "text";
  autoComplete?: string;
}) {
  const t = useT();
  const { name, values, errors, ...rest } = props;
  return (
    <TextInput
      name={name}
      label={t(`orgEdit.field.${name}` as MessageKey)}
      defaultValue={values[name]}
      error={errors[name]}
      {...rest}
    />
  );
}

function Facts({ data, values, errors }: { data: EditorData; values: EditValues; errors: FieldErrors }) {
  const t = useT();
  const locale = useLocale();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
      <NativeSelect
        name="stage"
        label={t("orgEdit.field.stage")}
        defaultValue={values.stage}
        error={errors.stage}
        data={[
          { value: "", label: t("orgEdit.none") },
          ...data.stages.map((stage) => ({ value: stage, label: t(stageKey(stage)) })),
        ]}
      />
      <Field name="foundedYear" values={values} errors={errors} inputMode="numeric" />
      <Field name="employees" values={values} errors={errors} inputMode="numeric" />
      <Field
        name="website"
        values={values}
        errors={errors}
        type="url"
        autoComplete="url"
        description={t("orgEdit.hint.website")}
      />
      <Field
        name="country"
        values={values}
        errors={errors}
        autoComplete="country"
        description={t("orgEdit.hint.country")}
      />
      <Field name="city" values={values} errors={errors} autoComplete="address-level2" />
      <NativeSelect
        name="zone"
        label={t("orgEdit.field.zone")}
        defaultValue={values.zone}
        error={errors.zone}
        data={[
          { value: "", label: t("orgEdit.none") },
          ...data.zones.map((zone) => ({ value: zone.code, label: pickText(zone.name, locale) })),
        ]}
      />
      <Field
        name="targetMarkets"
        values={values}
        errors={errors}
        description={t("orgEdit.hint.targetMarkets")}
      />
      <Field name="tags" values={values} errors={errors} description={t("orgEdit.hint.tags")} />
    </SimpleGrid>
  );
}
