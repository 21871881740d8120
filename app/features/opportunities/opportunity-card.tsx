import { Anchor, Badge, Box, Card, Group, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { langOf, otherLocale } from "../organizations/format.ts";
import { SnippetParts, snippetLang } from "../organizations/snippet-text.tsx";
import type { OpportunityCardData } from "./card-data.ts";
import { opportunityKindKey } from "./format.ts";
import { opportunityPath } from "./list.query.ts";
import { StatusBadges } from "./status-badges.tsx";

/**
 * One opportunity in a list: its title in the reader's language (or the other one, marked), who posted
 * it, what kind it is, the deadline with the days left, industries and markets; after a search, where
 * the search matched.
 */
export function OpportunityCard({ opportunity: item }: { opportunity: OpportunityCardData }) {
  const t = useT();
  const locale = useLocale();
  const other = otherLocale(locale);
  const snippet = item.snippet;
  const title = pickText(item.title, locale);
  // The title is shown whole: highlighted only when the snippet is all of it (not cut with "…").
  const titleMatched =
    snippet?.field === "title" && snippet.locale === (isFallback(item.title, locale) ? other : locale);
  const titleMarked = titleMatched && snippet?.parts.map((part) => part.text).join("") === title;
  return (
    <Card withBorder padding="md" radius="md" component="article" className="org-card">
      <Box miw={0}>
        <Group gap={6} mb={6}>
          <Badge variant="light" tt="none">
            {t(opportunityKindKey(item.kind))}
          </Badge>
          <StatusBadges status={item.status} expired={item.expired} deadline={item.deadline} />
          {isFallback(item.title, locale) && (
            <Badge variant="outline" color="gray.8" tt="none">
              {t(other === "ko" ? "org.onlyKorean" : "org.onlyEnglish")}
            </Badge>
          )}
        </Group>
        <Title order={3} fz="lg" lh={1.35}>
          <Anchor
            component={Link}
            to={opportunityPath(locale, item.id)}
            c="daegu.9"
            lang={langOf(item.title, locale)}
          >
            {titleMarked && snippet ? <SnippetParts snippet={snippet} /> : title}
          </Anchor>
        </Title>
        <Text size="sm" mt={4}>
          <Anchor
            component={Link}
            to={href(`/organizations/${item.owner.id}`, locale)}
            c="gray.8"
            lang={langOf(item.owner.name, locale)}
          >
            {pickText(item.owner.name, locale)}
          </Anchor>
        </Text>
        <Text size="sm" c="gray.7" mt={6}>
          {[
            item.deadline
              ? t("opportunities.deadline", { date: item.deadline.text })
              : t("opportunities.noDeadline"),
            item.industries.map((industry) => industry.name).join(" · "),
            item.markets.map((market) => market.name).join(", "),
          ]
            .filter(Boolean)
            .join(" — ")}
        </Text>
        {snippet && !titleMatched && (
          <Text size="sm" mt="xs">
            <Text span size="xs" fw={700} c="gray.7" mr={6}>
              {t("opportunities.matchedIn", {
                field: t(`opportunity.field.${snippet.field}` as MessageKey),
              })}
            </Text>
            <span lang={snippetLang(snippet, locale)}>
              <SnippetParts snippet={snippet} />
            </span>
          </Text>
        )}
      </Box>
    </Card>
  );
}
