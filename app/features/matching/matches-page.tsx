import { Alert, Anchor, Button, Container, Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { kindKey, stageKey } from "../organizations/format.ts";
import { MatchCard, MatchFacts } from "./match-card.tsx";
import type { loadMatches } from "./matches.server.ts";

type Data = Awaited<ReturnType<typeof loadMatches>>;
type Suggestions = Extract<Data, { mode: "company" }>["suggestions"];

export function Notice({ notice }: { notice: string | null }) {
  const t = useT();
  if (!notice) return null;
  return (
    <Alert color={notice === "saved" ? "teal" : "orange"} variant="light" role="status">
      {t(notice === "saved" ? "matching.verdict.saved" : "matching.verdict.reasonRequired")}
    </Alert>
  );
}

/** "Matches for you": a company's fitting opportunities and partners, or a partner's candidates. */
export function MatchesPage({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  if (data.mode === "none")
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t("matching.title")}</Title>
        <Text mt="md">{t("matching.noOrganization")}</Text>
        <Button component={Link} to={href("/account", locale)} mt="md">
          {t("matching.toAccount")}
        </Button>
      </Container>
    );
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t("matching.title")}</Title>
          <Text c="gray.8" mt="xs">
            {t(data.mode === "company" ? "matching.lead" : "matching.partnerLead", {
              organization: data.name,
            })}
          </Text>
        </div>
        <Notice notice={data.notice} />
        {data.mode === "company" ? <CompanyMatches data={data} /> : <PartnerMatches data={data} />}
      </Stack>
    </Container>
  );
}

function CompanyMatches({ data }: { data: Extract<Data, { mode: "company" }> }) {
  const t = useT();
  const locale = useLocale();
  const toggle = data.includeClosed ? href("/matches", locale) : `${href("/matches", locale)}?closed=1`;
  return (
    <>
      <section aria-labelledby="matching-opportunities">
        <Group justify="space-between" align="baseline">
          <Title order={2} id="matching-opportunities" fz="xl">
            {t("matching.opportunities")}
          </Title>
          <Anchor component={Link} to={toggle} size="sm">
            {t(data.includeClosed ? "matching.onlyOpen" : "matching.includeClosed")}
          </Anchor>
        </Group>
        <Stack gap="md" mt="sm">
          {data.matches.items.length === 0 && <Text c="gray.8">{t("matching.opportunitiesEmpty")}</Text>}
          {data.matches.items.map((match) => {
            const title = pickText(match.opportunity.title, locale);
            return (
              <MatchCard
                key={match.opportunity.id}
                heading={title}
                to={href(`/opportunities/${match.opportunity.id}`, locale)}
                facts={
                  <MatchFacts
                    badges={[t(`organization.opportunity.${match.opportunity.kind}`)]}
                    line={t("matching.owner", { owner: pickText(match.opportunity.owner.name, locale) })}
                  />
                }
                score={match.score}
                reasons={match.reasons}
                gaps={match.gaps}
                verdict={match.verdict}
                target={{
                  target: "opportunity",
                  organizationId: data.organizationId,
                  opportunityId: match.opportunity.id,
                }}
                introduction={`${href("/introductions/new", locale)}?opportunityId=${match.opportunity.id}`}
              />
            );
          })}
        </Stack>
      </section>
      <SuggestionList
        title={t("matching.partners")}
        suggestions={data.suggestions}
        organizationId={data.organizationId}
        introduction={(id) => `${href("/introductions/new", locale)}?partnerId=${id}`}
      />
    </>
  );
}

function PartnerMatches({ data }: { data: Extract<Data, { mode: "partner" }> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <section aria-labelledby="matching-own">
        <Title order={2} id="matching-own" fz="xl">
          {t("matching.yourOpportunities")}
        </Title>
        <Stack gap="xs" mt="sm">
          {data.opportunities.length === 0 && <Text c="gray.8">{t("matching.yourOpportunitiesEmpty")}</Text>}
          {data.opportunities.map((opportunity) => (
            <Group key={opportunity.id} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={href(`/opportunities/${opportunity.id}`, locale)}>
                {pickText(opportunity.title, locale)}
              </Anchor>
              <Button
                component={Link}
                to={href(`/opportunities/${opportunity.id}/candidates`, locale)}
                size="xs"
                variant="light"
                aria-label={`${t("matching.seeCandidates")}: ${pickText(opportunity.title, locale)}`}
              >
                {t("matching.seeCandidates")}
              </Button>
            </Group>
          ))}
        </Stack>
      </section>
      <SuggestionList
        title={t("matching.companies")}
        suggestions={data.suggestions}
        organizationId={data.organizationId}
        introduction={(id) => `${href("/introductions/new", locale)}?companyId=${id}`}
      />
    </>
  );
}

function SuggestionList({
  title,
  suggestions,
  organizationId,
  introduction,
}: {
  title: string;
  suggestions: Suggestions;
  organizationId: string;
  introduction: (id: string) => string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="matching-suggestions">
      <Title order={2} id="matching-suggestions" fz="xl">
        {title}
      </Title>
      <Stack gap="md" mt="sm">
        {suggestions.items.length === 0 && <Text c="gray.8">{t("matching.suggestionsEmpty")}</Text>}
        {suggestions.items.map((match) => (
          <MatchCard
            key={match.organization.id}
            heading={pickText(match.organization.name, locale)}
            to={href(`/organizations/${match.organization.id}`, locale)}
            facts={
              <MatchFacts
                badges={[
                  t(kindKey(match.organization.kind)),
                  ...(match.organization.stage ? [t(stageKey(match.organization.stage))] : []),
                ]}
              />
            }
            score={match.score}
            reasons={match.reasons}
            gaps={match.gaps}
            verdict={match.verdict}
            target={{ target: "suggestion", organizationId, otherId: match.organization.id }}
            introduction={introduction(match.organization.id)}
          />
        ))}
      </Stack>
    </section>
  );
}
