import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { Form, Link } from "react-router";
import { locales } from "../../../contracts/common/locale-text.ts";
import {
  opportunityKinds,
  opportunityStatuses,
  opportunityTextFields,
} from "../../../contracts/opportunities/kinds.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { IndustryPicker } from "../organizations/edit/industry-picker.tsx";
import { MachineTranslatedToggle } from "../organizations/edit/machine-translated-toggle.tsx";
import { stageKey } from "../organizations/format.ts";
import type { OpportunityFormData } from "./form.server.ts";
import { type FieldErrors, type OpportunityFormAction, type OpportunityFormValues, textKey } from "./form.ts";
import { opportunityKindKey, statusKey } from "./format.ts";
import { opportunitiesHref, opportunityPath } from "./list.query.ts";

/** `/opportunities/new` and `/opportunities/:id/edit`: one form, field errors beside their fields. */
export function OpportunityFormPage({
  data,
  action,
}: {
  data: OpportunityFormData;
  action: OpportunityFormAction | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const refused = action?.form === "opportunity" ? action : undefined;
  const values = refused?.values ?? data.values;
  const errors = refused?.errors ?? {};
  const back = data.id ? opportunityPath(locale, data.id) : opportunitiesHref(locale);
  return (
    <Container size="lg" py={{ base: "lg", sm: 40 }}>
      <Anchor component={Link} to={back} c="daegu.9" size="sm" fw={600}>
        ← {t(data.id ? "opportunityForm.cancel" : "opportunity.back")}
      </Anchor>
      <Title order={1} mt="md" mb="xs">
        {t(data.mode === "new" ? "opportunityForm.newTitle" : "opportunityForm.editTitle")}
      </Title>
      <Text c="gray.8" maw={760} mb="lg">
        {t("opportunityForm.lead")}
      </Text>
      <Stack gap="xl">
        {refused && (
          <Alert color="red" variant="light" role="alert">
            {t("opportunityForm.errors")}
          </Alert>
        )}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="save" />
          <Stack gap="xl">
            <Section id="texts" title={t("opportunityForm.section.texts")}>
              <Owner data={data} values={values} errors={errors} />
              <Texts values={values} errors={errors} />
            </Section>
            <Section id="details" title={t("opportunityForm.section.details")}>
              <Details data={data} values={values} errors={errors} />
            </Section>
            <Section
              id="industries"
              title={t("opportunityForm.section.industries")}
              hint={t("opportunityForm.section.industriesHint")}
            >
              <IndustryPicker selected={values.industries} error={errors.industries} />
            </Section>
            <Group>
              <Button type="submit" size="md">
                {t(data.mode === "new" ? "opportunityForm.submitNew" : "opportunityForm.submitEdit")}
              </Button>
              <Button component={Link} to={back} variant="default" size="md">
                {t("opportunityForm.cancel")}
              </Button>
            </Group>
          </Stack>
        </Form>
        {data.mode === "edit" && (
          <Delete error={action?.form === "delete" ? action.errors.confirm : undefined} />
        )}
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
      <Stack gap="lg">{props.children}</Stack>
    </Paper>
  );
}

/** Whom the opportunity is posted for: a choice only for those who may post for several organizations. */
function Owner({
  data,
  values,
  errors,
}: {
  data: OpportunityFormData;
  values: OpportunityFormValues;
  errors: FieldErrors;
}) {
  const t = useT();
  const only = data.owners.length === 1 ? data.owners[0] : undefined;
  if (data.mode === "edit" || only) {
    const owner = data.owners.find((candidate) => candidate.id === values.ownerId) ?? data.owners[0];
    return (
      <>
        {data.mode === "new" && <input type="hidden" name="ownerId" value={owner?.id ?? ""} />}
        <Text fw={600} data-testid="opportunity-owner">
          {t("opportunityForm.postingFor", { owner: owner?.name ?? "" })}
        </Text>
        {errors.ownerId && (
          <Text c="red.9" size="sm" role="alert">
            {errors.ownerId}
          </Text>
        )}
      </>
    );
  }
  return (
    <NativeSelect
      name="ownerId"
      label={t("opportunity.field.owner")}
      defaultValue={values.ownerId}
      error={errors.ownerId}
      data={data.owners.map((owner) => ({ value: owner.id, label: owner.name }))}
      maw={480}
    />
  );
}

/** Title and description, Korean and English side by side, each with its machine-translated mark. */
function Texts({ values, errors }: { values: OpportunityFormValues; errors: FieldErrors }) {
  const t = useT();
  return (
    <>
      {opportunityTextFields.map((field) => {
        const label = t(`opportunity.field.${field}` as MessageKey);
        return (
          <Fieldset
            key={field}
            legend={
              <Text component="span" fw={700}>
                {label}
              </Text>
            }
            variant="unstyled"
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {locales.map((locale) => {
                const key = textKey(field, locale);
                const language = t(`orgEdit.lang.${locale}` as MessageKey);
                const props = {
                  name: key,
                  lang: locale,
                  label: `${label} (${language})`,
                  defaultValue: values.texts[key] ?? "",
                  // A title missing in both languages is reported once, on the Korean one.
                  error: errors[key] ?? (locale === "ko" ? errors[field] : undefined),
                };
                return (
                  <Stack key={locale} gap={6}>
                    {field === "title" ? (
                      <TextInput {...props} maxLength={300} />
                    ) : (
                      <Textarea {...props} autosize minRows={6} maxRows={20} />
                    )}
                    <MachineTranslatedToggle
                      value={key}
                      checked={values.machineTranslated.includes(key)}
                      field={label}
                      language={language}
                    />
                  </Stack>
                );
              })}
            </SimpleGrid>
          </Fieldset>
        );
      })}
    </>
  );
}

function Details({
  data,
  values,
  errors,
}: {
  data: OpportunityFormData;
  values: OpportunityFormValues;
  errors: FieldErrors;
}) {
  const t = useT();
  const chosenStages = new Set(values.stages);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <NativeSelect
          name="kind"
          label={t("opportunity.field.kind")}
          defaultValue={values.kind}
          error={errors.kind}
          data={[
            { value: "", label: "—" },
            ...opportunityKinds.map((kind) => ({ value: kind, label: t(opportunityKindKey(kind)) })),
          ]}
        />
        <TextInput
          name="deadline"
          type="date"
          label={t("opportunity.field.deadline")}
          description={t("opportunityForm.hint.deadline")}
          defaultValue={values.deadline}
          error={errors.deadline}
        />
        <NativeSelect
          name="status"
          label={t("opportunity.field.status")}
          defaultValue={values.status}
          error={errors.status}
          data={opportunityStatuses.map((status) => ({ value: status, label: t(statusKey(status)) }))}
        />
        <TextInput
          name="markets"
          label={t("opportunity.field.markets")}
          description={t("opportunityForm.hint.markets")}
          defaultValue={values.markets}
          error={errors.markets}
        />
        <TextInput
          name="tags"
          label={t("opportunity.field.tags")}
          description={t("opportunityForm.hint.tags")}
          defaultValue={values.tags}
          error={errors.tags}
        />
      </SimpleGrid>
      <Fieldset
        legend={t("opportunity.field.stages")}
        aria-describedby={errors.stages ? "stages-error" : undefined}
      >
        {errors.stages && (
          <Text c="red.9" size="sm" role="alert" id="stages-error" mb="xs">
            {errors.stages}
          </Text>
        )}
        <Group gap="md">
          {data.stages.map((stage) => (
            <Checkbox
              key={stage}
              name="stages"
              value={stage}
              defaultChecked={chosenStages.has(stage)}
              label={t(stageKey(stage))}
            />
          ))}
        </Group>
      </Fieldset>
    </>
  );
}

/** Deleting takes a ticked box: a single click must not lose a posting. */
function Delete({ error }: { error: string | undefined }) {
  const t = useT();
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="delete-title">
      <Title order={2} fz={22} id="delete-title" mb={4}>
        {t("opportunityForm.delete.title")}
      </Title>
      <Text c="gray.8" size="sm" mb="md">
        {t("opportunityForm.delete.body")}
      </Text>
      <Form method="post">
        <input type="hidden" name="intent" value="delete" />
        <Group gap="md" align="center">
          <Checkbox name="confirm" value="yes" label={t("opportunityForm.delete.confirm")} error={error} />
          <Button type="submit" color="red.9" variant="outline">
            {t("opportunityForm.delete.submit")}
          </Button>
        </Group>
      </Form>
    </Paper>
  );
}
