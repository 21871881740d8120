import { Button, Card, Group, Stack, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Verdict } from "../../../contracts/matching/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { type Reason, ReasonLists, ScoreBar } from "./reason-lists.tsx";
import { VerdictForm } from "./verdict-form.tsx";

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
  return (
    <Card withBorder radius="md" padding="lg" mt="lg" component="section" aria-labelledby="fit-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} fz="lg" id="fit-title">
            {t("matching.fit.title")}
          </Title>
          <ScoreBar score={fit.score} width={160} />
        </Group>
        <ReasonLists reasons={fit.reasons} gaps={fit.gaps} />
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <VerdictForm
            target={{ target: "opportunity", organizationId: fit.organizationId, opportunityId }}
            verdict={fit.verdict}
            label={title}
            action={href("/matches", locale)}
            back={href(`/opportunities/${opportunityId}`, locale)}
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
