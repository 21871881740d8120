import { Anchor, Badge, Box, Card, Group, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { OrganizationCardData } from "./card-data.ts";
import { industryName, kindKey, langOf, otherLocale, stageKey } from "./format.ts";
import { OrganizationAvatar } from "./organization-avatar.tsx";
import { SnippetParts, snippetLang } from "./snippet-text.tsx";

/**
 * One organization in a list: logo, name in the reader's language (the other one small), what it is,
 * where, and its summary or, after a search, where the search matched.
 */
export function OrganizationCard({
  organization: org,
  headingLevel = 3,
}: {
  organization: OrganizationCardData;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useT();
  const locale = useLocale();
  const name = pickText(org.name, locale);
  const other = otherLocale(locale);
  const otherName = isFallback(org.name, locale) ? undefined : org.name[other];
  const snippet = org.snippet;
  const nameMatched =
    snippet?.field === "name" && snippet.locale === (isFallback(org.name, locale) ? other : locale);
  const place = [org.city, org.countryName].filter(Boolean).join(", ");
  const industries = org.industries.map((code) => industryName(code, locale)).join(" · ");
  return (
    <Card withBorder padding="md" radius="md" component="article" className="org-card">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <OrganizationAvatar name={name} logoUrl={org.logoUrl} />
        <Box miw={0} style={{ flex: 1 }}>
          <Title order={headingLevel} fz="lg" lh={1.35}>
            <Anchor
              component={Link}
              to={href(`/organizations/${org.id}`, locale)}
              c="daegu.9"
              lang={langOf(org.name, locale)}
            >
              {nameMatched && snippet ? <SnippetParts snippet={snippet} /> : name}
            </Anchor>
          </Title>
          {otherName && (
            <Text size="sm" c="gray.7" lang={other}>
              {otherName}
            </Text>
          )}
          <Group gap={6} mt={6}>
            <Badge variant="light" tt="none">
              {t(kindKey(org.kind))}
            </Badge>
            {org.stage && (
              <Badge variant="outline" color="gray.8" tt="none">
                {t(stageKey(org.stage))}
              </Badge>
            )}
            {isFallback(org.summary ?? org.name, locale) && (
              <Badge variant="outline" color="gray.8" tt="none">
                {t(other === "ko" ? "org.onlyKorean" : "org.onlyEnglish")}
              </Badge>
            )}
            {org.verified && (
              <Badge variant="outline" color="teal.9" tt="none">
                ✓ {t("directory.verified")}
              </Badge>
            )}
          </Group>
          {(industries || place) && (
            <Text size="sm" c="gray.7" mt={6}>
              {[industries, place].filter(Boolean).join(" — ")}
            </Text>
          )}
          <Summary organization={org} nameMatched={nameMatched} />
        </Box>
      </Group>
    </Card>
  );
}

function Summary({
  organization: org,
  nameMatched,
}: {
  organization: OrganizationCardData;
  nameMatched: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const snippet = org.snippet;
  if (snippet && !nameMatched) {
    const field = t(`org.field.${snippet.field}` as MessageKey);
    return (
      <Text size="sm" mt="xs" className="org-snippet">
        {snippet.field !== "summary" && (
          <Text span size="xs" fw={700} c="gray.7" mr={6}>
            {t("directory.matchedIn", { field })}
          </Text>
        )}
        <span lang={snippetLang(snippet, locale)}>
          <SnippetParts snippet={snippet} />
        </span>
      </Text>
    );
  }
  if (!org.summary) return null;
  return (
    <Text size="sm" mt="xs" lang={langOf(org.summary, locale)} lineClamp={3}>
      {pickText(org.summary, locale)}
    </Text>
  );
}
