import { Anchor, Container, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { kindKey, stageKey } from "../organizations/format.ts";
import { MatchCard, MatchFacts } from "./match-card.tsx";
import type { loadCandidates } from "./matches.server.ts";
import { Notice } from "./matches-page.tsx";

type Data = Awaited<ReturnType<typeof loadCandidates>>;
type Candidate = Data["candidates"]["items"][number];

/** An opportunity's candidates, best first, then the near misses with what they lack. */
export function CandidatesPage({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  const title = pickText(data.opportunity.title, locale);
  const card = (candidate: Candidate) => (
    <MatchCard
      key={candidate.organization.id}
      heading={pickText(candidate.organization.name, locale)}
      to={href(`/organizations/${candidate.organization.id}`, locale)}
      facts={
        <MatchFacts
          badges={[
            t(kindKey(candidate.organization.kind)),
            ...(candidate.organization.stage ? [t(stageKey(candidate.organization.stage))] : []),
          ]}
        />
      }
      score={candidate.score}
      reasons={candidate.reasons}
      gaps={candidate.gaps}
      verdict={candidate.verdict}
      target={{
        target: "candidate",
        opportunityId: data.opportunity.id,
        organizationId: candidate.organization.id,
      }}
      introduction={`${href("/introductions/new", locale)}?opportunityId=${data.opportunity.id}&companyId=${candidate.organization.id}`}
    />
  );
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to={href(`/opportunities/${data.opportunity.id}`, locale)} size="sm">
            ← {t("matching.backToOpportunity")}
          </Anchor>
          <Title order={1} mt="xs">
            {t("matching.candidates.title", { title })}
          </Title>
          <Text c="gray.8" mt="xs">
            {t("matching.candidates.lead")}
          </Text>
        </div>
        <Notice notice={data.notice} />
        <Stack gap="md">
          {data.candidates.items.length === 0 && <Text c="gray.8">{t("matching.candidates.empty")}</Text>}
          {data.candidates.items.map(card)}
        </Stack>
        {data.candidates.nearMisses.length > 0 && (
          <section aria-labelledby="near-misses">
            <Title order={2} id="near-misses" fz="xl">
              {t("matching.nearMisses")}
            </Title>
            <Text c="gray.8" size="sm" mt={4}>
              {t("matching.nearMissesLead")}
            </Text>
            <Stack gap="md" mt="sm">
              {data.candidates.nearMisses.map(card)}
            </Stack>
          </section>
        )}
      </Stack>
    </Container>
  );
}
