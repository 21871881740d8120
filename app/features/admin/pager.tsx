import { Button, Group, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useT } from "../../i18n/use-locale.ts";

/** Previous/next links that keep every other query parameter (filters stay shareable in the URL). */
export function Pager({ offset, limit, total }: { offset: number; limit: number; total: number }) {
  const t = useT();
  const location = useLocation();
  if (total === 0) return null;
  const to = (next: number) => {
    const query = new URLSearchParams(location.search);
    query.delete("id");
    if (next > 0) query.set("offset", String(next));
    else query.delete("offset");
    const search = query.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  };
  const hasPrev = offset > 0;
  const hasNext = offset + limit < total;
  return (
    <Group component="nav" aria-label={t("admin.pager.label")} justify="space-between" mt="md" wrap="wrap">
      <Text c="gray.8" size="sm" aria-live="polite">
        {t("admin.pager.range", {
          from: Math.min(offset + 1, total),
          to: Math.min(offset + limit, total),
          total,
        })}
      </Text>
      <Group gap="xs">
        {hasPrev && (
          <Button
            component={Link}
            to={to(Math.max(offset - limit, 0))}
            variant="default"
            size="sm"
            rel="prev"
          >
            ← {t("admin.pager.prev")}
          </Button>
        )}
        {hasNext && (
          <Button component={Link} to={to(offset + limit)} variant="default" size="sm" rel="next">
            {t("admin.pager.next")} →
          </Button>
        )}
      </Group>
    </Group>
  );
}
