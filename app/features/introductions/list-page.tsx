import "./introductions.css";
import { Alert, Anchor, Box, Button, Container, Group, Stack, Text, Title } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { introductionStatusNames } from "../../../contracts/introductions/labels.ts";
import { type IntroductionStatus, introductionStatuses } from "../../../contracts/introductions/states.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { Pager } from "../admin/pager.tsx";
import type { loadIntroductionsPage } from "./introductions.server.ts";
import { IntroductionsTable } from "./introductions-table.tsx";

type Data = Awaited<ReturnType<typeof loadIntroductionsPage>>;

export function IntroductionsPage({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Title order={1} mb="xs">
        {t("introductions.title")}
      </Title>
      <Text c="gray.8" mb="xl" maw={720}>
        {t("introductions.lead")}
      </Text>
      {!data.organization && !data.broker && (
        <Alert color="blue" variant="light" title={t("introductions.mine")}>
          <Text mb="sm">{t("introductions.noOrganization")}</Text>
          <Group gap="sm">
            <Button component={Link} to={href("/directory", locale)} size="sm">
              {t("introductions.findPartners")}
            </Button>
            <Button component={Link} to={href("/account", locale)} size="sm" variant="default">
              {t("introductions.toAccount")}
            </Button>
          </Group>
        </Alert>
      )}
      <Stack gap={48}>
        {data.queue && <Queue queue={data.queue} />}
        {data.mine && data.organization && (
          <Box component="section" aria-labelledby="mine-title">
            <Title order={2} fz="xl" id="mine-title" mb="sm">
              {t("introductions.mineFor", { organization: pickText(data.organization.name, locale) })}
            </Title>
            <IntroductionsTable
              caption={t("introductions.mine")}
              rows={data.mine.items}
              empty={
                <Stack gap="xs" align="flex-start" py="sm">
                  <Text>{t("introductions.mineEmpty")}</Text>
                  <Anchor component={Link} to={href("/directory", locale)} c="daegu.9" fw={600}>
                    {t("introductions.findPartners")} →
                  </Anchor>
                </Stack>
              }
            />
            {data.mine.paged ? (
              <Pager offset={data.mine.offset} limit={data.mine.limit} total={data.mine.total} />
            ) : (
              data.mine.total > data.mine.items.length && (
                <Text size="sm" c="gray.8" mt="sm">
                  {t("introductions.mineMore", { shown: data.mine.items.length, total: data.mine.total })}
                </Text>
              )
            )}
          </Box>
        )}
      </Stack>
    </Container>
  );
}

function Queue({ queue }: { queue: NonNullable<Data["queue"]> }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const total = Object.values(queue.counts).reduce((sum, n) => sum + n, 0);
  const filterHref = (status: IntroductionStatus | null) => {
    const query = new URLSearchParams(location.search);
    query.delete("offset");
    if (status) query.set("status", status);
    else query.delete("status");
    const search = query.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  };
  const filters: { status: IntroductionStatus | null; label: string; count: number }[] = [
    { status: null, label: t("introductions.filter.all"), count: total },
    ...introductionStatuses.map((status) => ({
      status,
      label: introductionStatusNames[status][locale],
      count: queue.counts[status],
    })),
  ];
  const current = queue.status
    ? introductionStatusNames[queue.status][locale]
    : t("introductions.filter.all");
  return (
    <Box component="section" aria-labelledby="queue-title">
      <Title order={2} fz="xl" id="queue-title" mb={4}>
        {t("introductions.queue")}
      </Title>
      <Text c="gray.8" size="sm" mb="md" maw={720}>
        {t("introductions.queueLead")}
      </Text>
      <Group component="nav" aria-label={t("introductions.filter")} gap="xs" mb="md" wrap="wrap">
        {filters.map((filter) => {
          const active = filter.status === queue.status;
          return (
            <Button
              key={filter.status ?? "all"}
              component={Link}
              to={filterHref(filter.status)}
              size="compact-sm"
              variant={active ? "filled" : "default"}
              aria-current={active ? "page" : undefined}
            >
              {filter.label} · {filter.count}
            </Button>
          );
        })}
      </Group>
      <IntroductionsTable
        caption={t("introductions.queue")}
        note={current}
        rows={queue.items}
        empty={<Text py="sm">{t("introductions.queueEmpty")}</Text>}
      />
      <Pager offset={queue.offset} limit={queue.limit} total={queue.total} />
    </Box>
  );
}
