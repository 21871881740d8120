import { Anchor, Badge, Box, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Verdict } from "../../../contracts/matching/vocabulary.ts";
import { useT } from "../../i18n/use-locale.ts";
import { type Reason, ReasonLists, ScoreBar } from "./reason-lists.tsx";
import { VerdictForm, type VerdictTarget } from "./verdict-form.tsx";

/**
 * One match: what it is (title and facts, from the caller), the score as a bar, why it fits and why not
 * higher — both quoting the two sides — the verdict buttons and a way to ask for an introduction.
 */
export function MatchCard({
  heading,
  to,
  facts,
  score,
  reasons,
  gaps,
  verdict,
  target,
  introduction,
}: {
  heading: string;
  to: string;
  facts?: ReactNode;
  score: number;
  reasons: Reason[];
  gaps: Reason[];
  verdict: Verdict | null;
  target: VerdictTarget;
  introduction?: string | undefined;
}) {
  const t = useT();
  return (
    <Card withBorder padding="md" radius="md" component="article">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Box miw={0}>
            <Title order={3} fz="lg" lh={1.35}>
              <Anchor component={Link} to={to} c="daegu.9">
                {heading}
              </Anchor>
            </Title>
            {facts}
          </Box>
          <ScoreBar score={score} width={140} />
        </Group>
        <ReasonLists reasons={reasons} gaps={gaps} headings />
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <VerdictForm target={target} verdict={verdict} label={heading} />
          {introduction && (
            <Button
              component={Link}
              to={introduction}
              size="xs"
              variant="filled"
              aria-label={`${t("matching.requestIntroduction")}: ${heading}`}
            >
              {t("matching.requestIntroduction")}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** The small line under a match's title: kind, stage, owner or deadline, as badges. */
export function MatchFacts({ badges, line }: { badges: string[]; line?: string | undefined }) {
  return (
    <>
      <Group gap={6} mt={4}>
        {badges.map((badge) => (
          <Badge key={badge} variant="light" tt="none">
            {badge}
          </Badge>
        ))}
      </Group>
      {line && (
        <Text size="sm" c="gray.7" mt={4}>
          {line}
        </Text>
      )}
    </>
  );
}
