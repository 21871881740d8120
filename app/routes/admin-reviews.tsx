import { Alert, Box, Button, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { adminHeaders } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { REVIEWS_PAGE, reviewStatuses } from "../features/admin/curation.query.ts";
import { loadReviews, reviewAction } from "../features/admin/curation.server.ts";
import { Pager } from "../features/admin/pager.tsx";
import { ReviewCard } from "../features/admin/review-card.tsx";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/admin-reviews.ts";

export const loader = (args: Route.LoaderArgs) => loadReviews(args);

export const action = (args: Route.ActionArgs) => reviewAction(args);

export function headers() {
  return adminHeaders();
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "curation.reviews.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function AdminReviews({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { notice, status } = loaderData;
  return (
    <AdminPage title={t("curation.reviews.title")} lead={t("curation.reviews.lead")}>
      <Stack gap="lg">
        {notice && (
          <Alert color={notice === "conflict" ? "orange" : "teal"} variant="light" role="status">
            {t(`curation.notice.${notice}`)}
            {loaderData.kept.length > 0 && (
              <Text size="sm" mt={4}>
                {t("curation.notice.kept", { fields: loaderData.kept.join(", ") })}
              </Text>
            )}
          </Alert>
        )}
        <Box component="nav" aria-label={t("curation.status.label")}>
          <Group gap="xs">
            {reviewStatuses.map((option) => {
              const current = option === status;
              const to = `${href("/admin/reviews", locale)}${option === "pending" ? "" : `?status=${option}`}`;
              return (
                <Button
                  key={option}
                  component={Link}
                  to={to}
                  size="xs"
                  variant={current ? "light" : "default"}
                  aria-current={current ? "page" : undefined}
                >
                  {t(`curation.status.${option}`)}
                </Button>
              );
            })}
          </Group>
        </Box>
        {loaderData.revisions.length === 0 ? (
          <Text c="gray.8">
            {t(status === "pending" ? "curation.empty.pending" : "curation.empty.decided")}
          </Text>
        ) : (
          loaderData.revisions.map((revision) => <ReviewCard key={revision.id} revision={revision} />)
        )}
        <Pager offset={loaderData.offset} limit={REVIEWS_PAGE} total={loaderData.total} />
      </Stack>
    </AdminPage>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
