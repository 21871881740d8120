import { Box, Text, Title, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { industryGroups, industryTaxonomy } from "../../../contracts/industries/taxonomy.ts";
import type { FacetCounts } from "../../../contracts/organizations/organization.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { activeCount, type DirectoryQuery, directoryHref, type FacetKey } from "./directory.query.ts";
import { type DirectoryLabels, facetTitleKey, valueLabel } from "./filter-labels.ts";

type Value = { value: string; count: number };
const SHOWN = 6;

/**
 * Facet filters with counts. Every value is a link to the directory with that filter set (or, when it
 * is already set, removed), so filtering works without JavaScript and every state is a shareable URL.
 * On a phone the panel folds into one "Filters" disclosure; from the md breakpoint it is always open
 * (organizations.css).
 */
export function FacetPanel(props: { query: DirectoryQuery; facets: FacetCounts; labels: DirectoryLabels }) {
  const t = useT();
  const applied = activeCount(props.query);
  return (
    <details className="directory-filters">
      <summary>
        {applied > 0 ? t("directory.filtersActive", { count: applied }) : t("directory.filters")}
      </summary>
      <Box component="aside" aria-labelledby="filters-title" className="directory-filters-body">
        <Title order={2} fz="lg" id="filters-title" className="directory-filters-title">
          {t("directory.filters")}
        </Title>
        <Facet name="kind" {...props} />
        <IndustryFacet {...props} />
        <Facet name="scope" {...props} />
        <Facet name="zone" {...props} />
        <Facet name="stage" {...props} />
        <Facet name="country" {...props} />
        <Facet name="market" {...props} />
      </Box>
    </details>
  );
}

/** The values to show: those with results, plus the chosen one even when nothing else matches it now. */
function valuesOf(name: FacetKey, query: DirectoryQuery, facets: FacetCounts): Value[] {
  const values = facets[name];
  const chosen = query[name];
  if (chosen && !values.some((value) => value.value === chosen))
    return [{ value: chosen, count: 0 }, ...values];
  return values;
}

function Facet({
  name,
  query,
  facets,
  labels,
}: {
  name: FacetKey;
  query: DirectoryQuery;
  facets: FacetCounts;
  labels: DirectoryLabels;
}) {
  const t = useT();
  const values = valuesOf(name, query, facets);
  if (values.length === 0) return null;
  // The chosen value always stays in sight, even when it is not among the most frequent.
  const chosenAt = values.findIndex((value) => value.value === query[name]);
  const shown =
    chosenAt >= SHOWN ? [...values.slice(0, SHOWN - 1), values[chosenAt]!] : values.slice(0, SHOWN);
  const rest = values.filter((value) => !shown.includes(value));
  return (
    <FacetSection name={name}>
      <ul className="facet-list">
        {shown.map((value) => (
          <FacetItem key={value.value} name={name} value={value} query={query} labels={labels} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="facet-more">
          <summary className="facet-more-summary">
            {t("directory.facet.more", { count: rest.length })}
          </summary>
          <ul className="facet-list">
            {rest.map((value) => (
              <FacetItem key={value.value} name={name} value={value} query={query} labels={labels} />
            ))}
          </ul>
        </details>
      )}
    </FacetSection>
  );
}

/** Industries grouped as the city's plan groups them: the five new industries, traditional, other. */
function IndustryFacet({
  query,
  facets,
  labels,
}: {
  query: DirectoryQuery;
  facets: FacetCounts;
  labels: DirectoryLabels;
}) {
  const t = useT();
  const counts = new Map(valuesOf("industry", query, facets).map((value) => [value.value, value.count]));
  const listed = (code: string) => counts.has(code) || query.industry === code;
  const item = (code: string) => ({ value: code, count: counts.get(code) ?? 0 });
  const groups = industryGroups.flatMap((group) => {
    const parents = industryTaxonomy.filter(
      (industry) =>
        industry.group === group &&
        !industry.parent &&
        (listed(industry.code) ||
          industryTaxonomy.some((sub) => sub.parent === industry.code && listed(sub.code))),
    );
    return parents.length > 0 ? [{ group, parents }] : [];
  });
  if (groups.length === 0) return null;
  return (
    <FacetSection name="industry">
      {groups.map(({ group, parents }) => (
        <Box key={group} mb="xs">
          <Text size="xs" fw={700} c="gray.7" tt="uppercase" mt={4} id={`industry-group-${group}`}>
            {t(`directory.group.${group}` as MessageKey)}
          </Text>
          <ul className="facet-list" aria-labelledby={`industry-group-${group}`}>
            {parents.map((parent) => {
              const subs = industryTaxonomy.filter((sub) => sub.parent === parent.code && listed(sub.code));
              return (
                <FacetItem
                  key={parent.code}
                  name="industry"
                  value={item(parent.code)}
                  query={query}
                  labels={labels}
                >
                  {subs.length > 0 && (
                    <ul className="facet-list facet-sub">
                      {subs.map((sub) => (
                        <FacetItem
                          key={sub.code}
                          name="industry"
                          value={item(sub.code)}
                          query={query}
                          labels={labels}
                        />
                      ))}
                    </ul>
                  )}
                </FacetItem>
              );
            })}
          </ul>
        </Box>
      ))}
    </FacetSection>
  );
}

function FacetSection({ name, children }: { name: FacetKey; children: React.ReactNode }) {
  const t = useT();
  return (
    <Box component="section" aria-labelledby={`facet-${name}`} className="facet">
      <Title order={3} fz="sm" id={`facet-${name}`} mb={6}>
        {t(facetTitleKey(name))}
      </Title>
      {children}
    </Box>
  );
}

function FacetItem({
  name,
  value,
  query,
  labels,
  children,
}: {
  name: FacetKey;
  value: Value;
  query: DirectoryQuery;
  labels: DirectoryLabels;
  children?: React.ReactNode;
}) {
  const t = useT();
  const locale: Locale = useLocale();
  const chosen = query[name] === value.value;
  return (
    <li>
      <Link
        to={directoryHref(locale, query, { [name]: chosen ? undefined : value.value })}
        className="facet-link"
        aria-current={chosen ? "true" : undefined}
        preventScrollReset
        data-facet={name}
        data-value={value.value}
      >
        <span className="facet-label">
          {chosen && <span aria-hidden>✓ </span>}
          {valueLabel(name, value.value, locale, labels)}
          {chosen && <VisuallyHidden>, {t("directory.facet.selected")}</VisuallyHidden>}
        </span>
        <span className="facet-count">{value.count.toLocaleString("en-US")}</span>
      </Link>
      {children}
    </li>
  );
}
