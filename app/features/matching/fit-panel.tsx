import { Box, Button, Card, Group, List, Progress, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { Verdict } from "../../../contracts/matching/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { VerdictForm } from "./verdict-form.tsx";

type Reason = { code: string; text: Record<Locale, string> };

/** On an opportunity's page, for a local company's member: how it fits their company, and what next. */
export function FitPanel({
  fit,
  opportunityId,
  title,
}: {
  fit: { score: number; reasons: Reason[]; gaps: Reason[]; verdict: Verdict | null; organizationId: string };
  opportunityId: string;
  title: string;
}) {
  const t = useT();
  const locale = useLocale();
  const percent = Math.round(fit.score * 100);
  const here = href(`/opportunities/${opportunityId}`, locale);
  return (
    <Card withBorder radius="md" padding="lg" mt="lg" component="section" aria-labelledby="fit-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} fz="lg" id="fit-title">
            {t("matching.fit.title")}
          </Title>
          <Box w={160}>
            <Text size="sm" fw={600} ta="right">
              {t("matching.score", { percent })}
            </Text>
            <Progress
              value={percent}
              color={percent >= 60 ? "teal.8" : "daegu.7"}
              aria-label={t("matching.score", { percent })}
              mt={4}
            />
          </Box>
        </Group>
        {fit.reasons.length > 0 && (
          <List size="sm" spacing={2} aria-label={t("matching.reasons")}>
            {fit.reasons.map((reason) => (
              <List.Item
                key={reason.code + reason.text[locale]}
                icon={
                  <Text span c="teal.9" aria-hidden>
                    ✓
                  </Text>
                }
              >
                {reason.text[locale]}
              </List.Item>
            ))}
          </List>
        )}
        {fit.gaps.length > 0 && (
          <List size="sm" spacing={2} c="gray.8" aria-label={t("matching.gaps")}>
            {fit.gaps.map((gap) => (
              <List.Item
                key={gap.code + gap.text[locale]}
                icon={
                  <Text span c="orange.9" aria-hidden>
                    –
                  </Text>
                }
              >
                {gap.text[locale]}
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <VerdictForm
            target={{ target: "opportunity", organizationId: fit.organizationId, opportunityId }}
            verdict={fit.verdict}
            label={title}
            action={href("/matches", locale)}
            back={here}
          />
          <Button
            component={Link}
            to={`${href("/introductions/new", locale)}?opportunityId=${opportunityId}`}
          >
            {t("matching.requestIntroduction")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
