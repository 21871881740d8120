import { Anchor, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { type DirectoryQuery, directoryHref, facetKeys } from "./directory.query.ts";
import { type DirectoryLabels, filterLabel } from "./filter-labels.ts";

/** The applied filters as chips; each one is a link to the same view without it. */
export function ActiveFilters({ query, labels }: { query: DirectoryQuery; labels: DirectoryLabels }) {
  const t = useT();
  const locale = useLocale();
  const chips = [
    ...(query.q ? [{ key: "q" as const, label: t("directory.query", { q: query.q }) }] : []),
    ...facetKeys.flatMap((key) =>
      query[key] ? [{ key, label: filterLabel(key, query[key], locale, labels) }] : [],
    ),
  ];
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" mt="md" component="section" aria-labelledby="active-filters-title" wrap="wrap">
      <Text id="active-filters-title" size="sm" fw={700} c="gray.8">
        {t("directory.active")}
      </Text>
      <Group component="ul" gap="xs" className="plain-list" wrap="wrap">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              to={directoryHref(locale, query, { [chip.key]: undefined })}
              className="filter-chip"
              aria-label={t("directory.remove", { filter: chip.label })}
              preventScrollReset
            >
              <span>{chip.label}</span>
              <span aria-hidden className="filter-chip-x">
                ×
              </span>
            </Link>
          </li>
        ))}
      </Group>
      {chips.length > 1 && (
        <Anchor component={Link} to={directoryHref(locale)} size="sm" c="daegu.9" fw={600}>
          {t("directory.clearAll")}
        </Anchor>
      )}
    </Group>
  );
}
