import "./support-requests.css";
import {
  Alert,
  Anchor,
  Button,
  Container,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { Form, Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { supportServiceNames, supportServices } from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { FileField } from "./file-field.tsx";
import type { loadNewRequest, NewRequestResult } from "./new.server.ts";

type Data = Awaited<ReturnType<typeof loadNewRequest>>;

const fieldKeys: Record<string, MessageKey> = {
  companyId: "support.field.companyId",
  service: "support.field.service",
  targetMarket: "support.field.targetMarket",
  subject: "support.field.subject",
  description: "support.field.description",
  preferredLanguage: "support.field.preferredLanguage",
  attachments: "support.field.attachments",
};

export function NewRequestPage({ data, result }: { data: Data; result: NewRequestResult | undefined }) {
  const t = useT();
  const locale = useLocale();
  const errors = result?.errors ?? {};
  const value = (name: string) => result?.values[name];
  const problems = Object.entries(errors);
  return (
    <Container size="sm" py={{ base: "lg", sm: "xl" }}>
      <Anchor component={Link} to={href("/support", locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("support.back")}
      </Anchor>
      <Title order={1} mt="md" mb="xs">
        {t("support.new.title")}
      </Title>
      <Text c="gray.8" mb="lg">
        {t("support.new.lead")}
      </Text>
      {data.companies.length === 0 ? (
        <Alert color="blue" variant="light">
          <Text mb="sm">{t("support.noCompany")}</Text>
          <Button component={Link} to={href("/account", locale)} size="sm" variant="default">
            {t("support.toAccount")}
          </Button>
        </Alert>
      ) : (
        <Form method="post" encType="multipart/form-data" noValidate>
          <Stack gap="md">
            {problems.length > 0 && (
              <Alert color="red" variant="light" role="alert" title={t("support.formError")}>
                <ul className="support-error-list">
                  {problems.map(([field, message]) => (
                    <li key={field}>
                      <a href={`#field-${field}`}>{fieldKeys[field] ? t(fieldKeys[field]) : field}</a>:{" "}
                      {message}
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
            {data.companies.length > 1 ? (
              <NativeSelect
                id="field-companyId"
                name="companyId"
                label={t("support.field.companyId")}
                defaultValue={value("companyId") ?? data.companies[0]?.id}
                error={errors.companyId}
                data={data.companies.map((company) => ({
                  value: company.id,
                  label: pickText(company.name, locale),
                }))}
                required
              />
            ) : (
              <input type="hidden" name="companyId" value={data.companies[0]?.id ?? ""} />
            )}
            {data.companies.length === 1 && data.companies[0] && (
              <Text size="sm" c="gray.8">
                {t("support.new.asCompany", { company: pickText(data.companies[0].name, locale) })}
              </Text>
            )}
            <NativeSelect
              id="field-service"
              name="service"
              label={t("support.field.service")}
              defaultValue={value("service") ?? ""}
              error={errors.service}
              data={[
                { value: "", label: t("support.new.choose") },
                ...supportServices.map((service) => ({
                  value: service,
                  label: supportServiceNames[service][locale],
                })),
              ]}
              required
            />
            {data.markets.length > 0 ? (
              <NativeSelect
                id="field-targetMarket"
                name="targetMarket"
                label={t("support.field.targetMarket")}
                description={t("support.new.marketHint")}
                defaultValue={value("targetMarket") ?? data.market}
                error={errors.targetMarket}
                data={[
                  { value: "", label: t("support.new.choose") },
                  ...data.markets.map((market) => ({
                    value: market.code,
                    label: `${market.name} (${market.code}) · ${market.office}`,
                  })),
                ]}
                required
              />
            ) : (
              <TextInput
                id="field-targetMarket"
                name="targetMarket"
                label={t("support.field.targetMarket")}
                description={t("support.new.marketCodeHint")}
                defaultValue={value("targetMarket") ?? data.market}
                error={errors.targetMarket}
                maxLength={2}
                autoComplete="off"
                required
              />
            )}
            <TextInput
              id="field-subject"
              name="subject"
              label={t("support.field.subject")}
              defaultValue={value("subject")}
              error={errors.subject}
              maxLength={200}
              required
            />
            <Textarea
              id="field-description"
              name="description"
              label={t("support.field.description")}
              description={t("support.new.descriptionHint")}
              defaultValue={value("description")}
              error={errors.description}
              autosize
              minRows={6}
              maxLength={20000}
              required
            />
            <NativeSelect
              id="field-preferredLanguage"
              name="preferredLanguage"
              label={t("support.field.preferredLanguage")}
              description={t("support.new.languageHint")}
              defaultValue={value("preferredLanguage") ?? locale}
              error={errors.preferredLanguage}
              required
            >
              <option value="ko" lang={locale === "ko" ? undefined : "ko"}>
                한국어
              </option>
              <option value="en" lang={locale === "en" ? undefined : "en"}>
                English
              </option>
            </NativeSelect>
            <FileField
              id="field-attachments"
              error={errors.attachments}
              again={Boolean(result?.hadFiles && !errors.attachments)}
            />
            <Button type="submit" className="support-self-start">
              {t("support.new.submit")}
            </Button>
          </Stack>
        </Form>
      )}
    </Container>
  );
}
