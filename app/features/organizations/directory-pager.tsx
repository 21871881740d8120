import { Button, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DIRECTORY_PAGE, type DirectoryQuery, directoryHref } from "./directory.query.ts";

/** Previous/next links that keep the filters, so every page of results is a URL too. */
export function DirectoryPager({
  query,
  offset,
  total,
}: {
  query: DirectoryQuery;
  offset: number;
  total: number;
}) {
  const t = useT();
  const locale = useLocale();
  if (total === 0) return null;
  const hasPrev = offset > 0;
  const hasNext = offset + DIRECTORY_PAGE < total;
  return (
    <Group
      component="nav"
      aria-label={t("directory.pager.label")}
      justify="space-between"
      mt="lg"
      wrap="wrap"
    >
      <Text c="gray.8" size="sm">
        {t("directory.pager.range", {
          from: Math.min(offset + 1, total),
          to: Math.min(offset + DIRECTORY_PAGE, total),
          total,
        })}
      </Text>
      <Group gap="xs">
        {hasPrev && (
          <Button
            component={Link}
            to={directoryHref(locale, query, {}, Math.max(offset - DIRECTORY_PAGE, 0))}
            variant="default"
            rel="prev"
          >
            ← {t("directory.pager.prev")}
          </Button>
        )}
        {hasNext && (
          <Button
            component={Link}
            to={directoryHref(locale, query, {}, offset + DIRECTORY_PAGE)}
            variant="default"
            rel="next"
          >
            {t("directory.pager.next")} →
          </Button>
        )}
      </Group>
    </Group>
  );
}
