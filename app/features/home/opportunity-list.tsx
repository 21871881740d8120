import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { opportunityKindKey } from "../opportunities/format.ts";
import { opportunitiesHref, opportunityPath } from "../opportunities/list.query.ts";

/** The home page's open opportunities (closing soonest first), each leading to its page, and to the rest. */
export function OpportunityList({ opportunities }: { opportunities: OpportunityView[] }) {
  const t = useT();
  const locale = useLocale();
  if (opportunities.length === 0) return <Text c="gray.7">{t("home.opportunities.empty")}</Text>;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {opportunities.map((opportunity) => (
          <Card key={opportunity.id} withBorder padding="lg">
            <Anchor
              component={Link}
              to={opportunityPath(locale, opportunity.id)}
              fw={700}
              c="daegu.9"
              lang={isFallback(opportunity.title, locale) ? (locale === "ko" ? "en" : "ko") : undefined}
            >
              {pickText(opportunity.title, locale)}
            </Anchor>
            <Text size="sm" c="gray.7" mt={4}>
              {pickText(opportunity.owner.name, locale)}
            </Text>
            <Group gap="xs" mt="sm">
              <Badge variant="light" tt="none">
                {t(opportunityKindKey(opportunity.kind))}
              </Badge>
              {opportunity.deadline && (
                <Badge variant="outline" color="gray.8" tt="none">
                  {t("home.opportunities.deadline", { date: opportunity.deadline })}
                </Badge>
              )}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      <Anchor component={Link} to={opportunitiesHref(locale)} c="daegu.9" fw={600}>
        {t("nav.opportunities")} →
      </Anchor>
    </Stack>
  );
}
