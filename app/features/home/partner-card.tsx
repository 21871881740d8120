import { Anchor, Badge, Card, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

export function PartnerCard({ organization, wide }: { organization: OrganizationView; wide?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const summary = organization.summary;
  const kindKey = `kind.${organization.kind}` as MessageKey;
  return (
    <Card withBorder padding="lg" h="100%" maw={wide ? 820 : undefined}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text
          fw={700}
          size="lg"
          lang={isFallback(organization.name, locale) ? otherLocale(locale) : undefined}
        >
          <Anchor component={Link} to={href(`/organizations/${organization.id}`, locale)} c="dark">
            {pickText(organization.name, locale)}
          </Anchor>
        </Text>
        <Badge variant="light">{t(kindKey)}</Badge>
      </Group>
      {organization.city && (
        <Text size="sm" c="gray.7">
          {organization.city}
          {organization.country ? `, ${organization.country}` : ""}
        </Text>
      )}
      {summary && (
        <Text size="sm" mt="sm" lang={isFallback(summary, locale) ? otherLocale(locale) : undefined}>
          {pickText(summary, locale)}
        </Text>
      )}
    </Card>
  );
}

const otherLocale = (locale: "ko" | "en") => (locale === "ko" ? "en" : "ko");
