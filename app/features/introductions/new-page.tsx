import "./introductions.css";
import { Alert, Anchor, Button, Card, Container, Stack, Text, Textarea, Title } from "@mantine/core";
import { Form, Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { langOf } from "../organizations/format.ts";
import type { loadNewIntroduction, NewIntroductionResult } from "./new.server.ts";

type Data = Awaited<ReturnType<typeof loadNewIntroduction>>;

const fieldKeys: Record<string, MessageKey> = {
  opportunityId: "introductions.field.opportunityId",
  companyId: "introductions.field.companyId",
  partnerId: "introductions.field.partnerId",
  organizationId: "introductions.field.organizationId",
  message: "introductions.field.message",
};

export function NewIntroductionPage({
  data,
  result,
}: {
  data: Data;
  result: NewIntroductionResult | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const problems = { ...data.problems, ...result?.errors };
  delete problems.message;
  const problemList = Object.entries(problems);
  const org = (ref: { id: string; name: { ko?: string; en?: string } }) => (
    <Anchor
      component={Link}
      to={href(`/organizations/${ref.id}`, locale)}
      c="daegu.9"
      underline="always"
      lang={langOf(ref.name, locale)}
    >
      {pickText(ref.name, locale)}
    </Anchor>
  );
  return (
    <Container size="sm" py={{ base: "lg", sm: "xl" }}>
      <Anchor component={Link} to={href("/introductions", locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("introductions.back")}
      </Anchor>
      <Title order={1} mt="md" mb="xs">
        {t("introductions.new.title")}
      </Title>
      <Text c="gray.8" mb="lg">
        {t("introductions.new.lead")}
      </Text>
      <Stack gap="lg">
        {data.noOrganization && (
          <Alert color="blue" variant="light">
            <Text mb="sm">{t("introductions.noOrganization")}</Text>
            <Button component={Link} to={href("/account", locale)} size="sm" variant="default">
              {t("introductions.toAccount")}
            </Button>
          </Alert>
        )}
        {!data.noOrganization && !data.preview && problemList.length === 0 && (
          <Alert color="blue" variant="light">
            <Text mb="sm">{t("introductions.new.missing")}</Text>
            <Button component={Link} to={href("/directory", locale)} size="sm" variant="default">
              {t("introductions.findPartners")}
            </Button>
          </Alert>
        )}
        {result?.conflict && (
          <Alert color="orange" variant="light" role="alert">
            <Text mb="xs">{t("introductions.new.conflict")}</Text>
            <Anchor component={Link} to={href("/introductions", locale)} c="daegu.9" fw={600}>
              {t("introductions.new.seeList")} →
            </Anchor>
          </Alert>
        )}
        {problemList.length > 0 && (
          <Alert color="red" variant="light" role="alert" title={t("introductions.formError")}>
            <ul style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
              {problemList.map(([field, message]) => (
                <li key={field}>
                  {fieldKeys[field] ? t(fieldKeys[field]) : field}: {message}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {data.preview && (
          <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="pair-title">
            <Title order={2} fz="lg" id="pair-title" mb="sm">
              {t("introductions.new.pair")}
            </Title>
            <dl className="intro-facts">
              <dt>{t("introductions.company")}</dt>
              <dd>{org(data.preview.company)}</dd>
              <dt>{t("introductions.partner")}</dt>
              <dd>{org(data.preview.partner)}</dd>
              {data.preview.opportunity && (
                <>
                  <dt>{t("introductions.opportunity")}</dt>
                  <dd lang={langOf(data.preview.opportunity.title, locale)}>
                    {pickText(data.preview.opportunity.title, locale)}
                  </dd>
                </>
              )}
              <dt>{t("introductions.office")}</dt>
              <dd>
                {data.preview.office ? (
                  <>
                    {org(data.preview.office)} · {t("introductions.officeCity")}
                  </>
                ) : (
                  t("introductions.officeCity")
                )}
              </dd>
            </dl>
          </Card>
        )}
        {data.preview && (
          <Form method="post" noValidate>
            {Object.entries(data.ids).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <Stack gap="md">
              <Textarea
                name="message"
                label={t("introductions.new.message")}
                description={t("introductions.new.messageHint")}
                defaultValue={result?.message}
                error={result?.errors?.message}
                required
                autosize
                minRows={5}
                maxLength={4000}
              />
              <Button type="submit" style={{ alignSelf: "flex-start" }}>
                {t("introductions.new.submit")}
              </Button>
            </Stack>
          </Form>
        )}
      </Stack>
    </Container>
  );
}
