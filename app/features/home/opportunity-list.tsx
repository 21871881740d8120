import { Badge, Card, Group, SimpleGrid, Text } from "@mantine/core";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

export function OpportunityList({ opportunities }: { opportunities: OpportunityView[] }) {
  const t = useT();
  const locale = useLocale();
  if (opportunities.length === 0) return <Text c="gray.7">{t("home.opportunities.empty")}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {opportunities.map((opportunity) => (
        <Card key={opportunity.id} withBorder padding="lg">
          <Text
            fw={700}
            lang={isFallback(opportunity.title, locale) ? (locale === "ko" ? "en" : "ko") : undefined}
          >
            {pickText(opportunity.title, locale)}
          </Text>
          <Text size="sm" c="gray.7" mt={4}>
            {pickText(opportunity.owner.name, locale)}
          </Text>
          <Group gap="xs" mt="sm">
            {opportunity.deadline && (
              <Badge variant="outline" color="gray.8" tt="none">
                {t("home.opportunities.deadline", { date: opportunity.deadline })}
              </Badge>
            )}
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
}
