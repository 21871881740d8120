import { Anchor, Button, Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { Form, Link } from "react-router";
import { industryGroups, industryTaxonomy } from "../../../contracts/industries/taxonomy.ts";
import { opportunityKinds, opportunityStatusFilters } from "../../../contracts/opportunities/kinds.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { opportunityKindKey, statusKey } from "./format.ts";
import type { OpportunitiesQuery } from "./list.query.ts";

/**
 * The search box and the filters in one GET form: every search is a URL, and it works without
 * JavaScript. Empty choices are dropped by the loader, so shared links stay short.
 */
export function SearchFilters(props: {
  query: OpportunitiesQuery;
  markets: { code: string; name: string }[];
}) {
  const t = useT();
  const locale = useLocale();
  const { query } = props;
  const any = { value: "", label: t("opportunities.filter.any") };
  const industries = industryGroups.map((group) => ({
    group: t(`directory.group.${group}` as MessageKey),
    items: industryTaxonomy
      .filter((industry) => industry.group === group)
      .map((industry) => ({
        value: industry.code,
        label: industry.parent ? `· ${industry.name[locale]}` : industry.name[locale],
      })),
  }));
  return (
    <Form
      method="get"
      action={href("/opportunities", locale)}
      role="search"
      aria-label={t("opportunities.search.label")}
      // Links (paging, "clear") bring new values: the form must show them even after hydration.
      key={JSON.stringify(query)}
    >
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          name="q"
          type="search"
          label={t("opportunities.search.label")}
          description={t("opportunities.search.hint")}
          placeholder={t("opportunities.search.placeholder")}
          defaultValue={query.q ?? ""}
          maxLength={200}
          size="md"
          style={{ flex: 1 }}
        />
        <Button type="submit" size="md">
          {t("opportunities.search.submit")}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="md">
        <NativeSelect
          name="kind"
          label={t("opportunities.filter.kind")}
          defaultValue={query.kind ?? ""}
          data={[
            any,
            ...opportunityKinds.map((kind) => ({ value: kind, label: t(opportunityKindKey(kind)) })),
          ]}
        />
        <NativeSelect
          name="industry"
          label={t("opportunities.filter.industry")}
          defaultValue={query.industry ?? ""}
          data={[any, ...industries]}
        />
        <NativeSelect
          name="market"
          label={t("opportunities.filter.market")}
          defaultValue={query.market ?? ""}
          data={[any, ...props.markets.map((market) => ({ value: market.code, label: market.name }))]}
        />
        <NativeSelect
          name="status"
          label={t("opportunities.filter.status")}
          defaultValue={query.status ?? "open"}
          data={opportunityStatusFilters.map((status) => ({ value: status, label: t(statusKey(status)) }))}
        />
      </SimpleGrid>
      <Group gap="md" mt="sm">
        <Button type="submit" variant="light">
          {t("opportunities.filter.apply")}
        </Button>
        {Object.keys(query).length > 0 && (
          <Anchor component={Link} to={href("/opportunities", locale)} c="daegu.9" fw={600} size="sm">
            {t("opportunities.filter.clear")}
          </Anchor>
        )}
      </Group>
    </Form>
  );
}
