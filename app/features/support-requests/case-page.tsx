import "./support-requests.css";
import { Alert, Anchor, Badge, Box, Card, Container, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { referralStatusNames, supportServiceNames } from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { langOf } from "../organizations/format.ts";
import type { CaseResult, DoneKind, loadCase } from "./case.server.ts";
import {
  AssignForm,
  AttachForm,
  MessageForm,
  PriorityForm,
  RatingForm,
  ReferForm,
  ReferralReportForm,
  resultFor,
  TransitionForm,
} from "./case-forms.tsx";
import { Attachments, EventText, Message } from "./case-thread.tsx";
import { LocalTime, PriorityBadge, SlaClock, StatusBadge } from "./status.tsx";

type Data = Awaited<ReturnType<typeof loadCase>>;

const doneKeys: Record<DoneKind, MessageKey> = {
  created: "support.done.created",
  reply: "support.done.reply",
  note: "support.done.note",
  attach: "support.done.attach",
  transition: "support.done.transition",
  assign: "support.done.assign",
  priority: "support.done.priority",
  rate: "support.done.rate",
  refer: "support.done.refer",
  "report-referral": "support.done.report-referral",
};

export function CasePage({ data, result }: { data: Data; result: CaseResult | undefined }) {
  const t = useT();
  const locale = useLocale();
  // A new address after each form that worked: the forms start empty again (a refusal keeps what was typed).
  const { key } = useLocation();
  const can = (action: string) => data.actions.includes(action);
  const officeSide = can("note") || can("report-referral");
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Group gap="lg" wrap="wrap">
        <Anchor component={Link} to={href("/support", locale)} c="daegu.9" size="sm" fw={600}>
          ← {t("support.back")}
        </Anchor>
        {officeSide && (
          <Anchor
            component={Link}
            to={href(`/offices/${data.office.id}/queue`, locale)}
            c="daegu.9"
            size="sm"
            fw={600}
          >
            ← {t("support.backToQueue")}
          </Anchor>
        )}
      </Group>
      <Box component="header" mt="md" mb="lg">
        <Title order={1} fz={{ base: 24, sm: 32 }} lh={1.3}>
          <span className="support-number">#{data.number}</span> {data.subject}
        </Title>
        <Group gap="xs" mt="xs" wrap="wrap">
          <StatusBadge status={data.status} />
          <PriorityBadge priority={data.priority} />
          <Text size="sm" c="gray.8">
            {supportServiceNames[data.service][locale]} · {data.market.name}
          </Text>
        </Group>
      </Box>

      <Stack gap="md" mb="lg">
        {data.done && !result && (
          <Alert color="teal" variant="light" role="status">
            {t(doneKeys[data.done])}
          </Alert>
        )}
        {result?.conflict && (
          <Alert color="orange" variant="light" role="alert">
            {t("support.conflict")}
          </Alert>
        )}
      </Stack>

      <Grid gap="xl" key={key}>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <Box component="section" aria-labelledby="description-title">
              <Title order={2} fz="lg" id="description-title" mb={4}>
                {t("support.case.description")}
              </Title>
              <Text size="sm" c="gray.8" mb="xs">
                {t("support.case.requestedBy", { name: data.requestedBy || "—" })} ·{" "}
                {data.created && <LocalTime value={data.created} />}
              </Text>
              <blockquote className="support-quote">{data.description}</blockquote>
            </Box>

            <Box component="section" aria-labelledby="files-title">
              <Title order={2} fz="lg" id="files-title" mb="xs">
                {t("support.case.files")}
              </Title>
              {data.attachments.length > 0 ? (
                <Attachments files={data.attachments} />
              ) : (
                <Text size="sm" c="gray.8" mb="sm">
                  {t("support.case.noFiles")}
                </Text>
              )}
              {can("attach") && <AttachForm result={resultFor(result, "attach")} />}
            </Box>

            <Box component="section" aria-labelledby="thread-title">
              <Title order={2} fz="lg" id="thread-title" mb={4}>
                {t("support.case.thread")}
              </Title>
              {!officeSide && (
                <Text size="sm" c="gray.8" mb="sm">
                  {t("support.case.threadCompany")}
                </Text>
              )}
              {data.messages.length === 0 ? (
                <Text size="sm" c="gray.8" mb="md">
                  {t("support.case.noMessages")}
                </Text>
              ) : (
                <ol className="support-thread">
                  {data.messages.map((message) => (
                    <Message key={message.id} message={message} />
                  ))}
                </ol>
              )}
              <Stack gap="md" mt="md">
                {can("reply") && <MessageForm kind="reply" staff={[]} result={resultFor(result, "reply")} />}
                {can("note") && (
                  <MessageForm kind="note" staff={data.staff} result={resultFor(result, "note")} />
                )}
              </Stack>
            </Box>

            {(data.referrals.length > 0 || can("refer")) && (
              <Box component="section" aria-labelledby="referrals-title">
                <Title order={2} fz="lg" id="referrals-title" mb="xs">
                  {t("support.case.referrals")}
                </Title>
                {data.referrals.length === 0 ? (
                  <Text size="sm" c="gray.8" mb="sm">
                    {t("support.case.noReferrals")}
                  </Text>
                ) : (
                  <Stack gap="sm" mb="md">
                    {data.referrals.map((referral) => (
                      <Card key={referral.id} withBorder padding="md" radius="md" component="article">
                        <Group justify="space-between" wrap="wrap" gap="xs">
                          <Title order={3} fz="md">
                            {referral.partnerName}
                          </Title>
                          <Badge variant="light" color="gray" c="dark.9" tt="none">
                            {referralStatusNames[referral.status][locale]}
                          </Badge>
                        </Group>
                        <Text size="sm" c="gray.8">
                          {t("support.referral.by", { name: referral.referredBy })} ·{" "}
                          {referral.created && <LocalTime value={referral.created} />}
                          {referral.contactEmail ? ` · ${referral.contactEmail}` : ""}
                        </Text>
                        {referral.note && <p className="support-pre">{referral.note}</p>}
                        {referral.outcome && (
                          <Text size="sm" mt="xs">
                            <strong>{t("support.referral.outcome")}</strong>{" "}
                            <span className="support-pre">{referral.outcome}</span>
                          </Text>
                        )}
                        {can("report-referral") &&
                          referral.status !== "completed" &&
                          referral.status !== "declined" && (
                            <Box mt="sm">
                              <ReferralReportForm
                                referralId={referral.id}
                                status={referral.status}
                                result={resultFor(result, "report-referral", referral.id)}
                              />
                            </Box>
                          )}
                      </Card>
                    ))}
                  </Stack>
                )}
                {can("refer") && <ReferForm result={resultFor(result, "refer")} />}
              </Box>
            )}

            <Box component="section" aria-labelledby="history-title">
              <Title order={2} fz="lg" id="history-title" mb="sm">
                {t("support.case.history")}
              </Title>
              {data.events.length === 0 ? (
                <Text size="sm" c="gray.8">
                  {t("support.case.noEvents")}
                </Text>
              ) : (
                <ol className="support-timeline">
                  {data.events.map((event) => (
                    <li key={event.key}>
                      <Group gap="xs" wrap="wrap">
                        <Text fw={700}>
                          <EventText event={event} />
                        </Text>
                        <Text size="sm" c="gray.8">
                          {event.actor} · {event.at && <LocalTime value={event.at} />}
                        </Text>
                      </Group>
                    </li>
                  ))}
                </ol>
              )}
            </Box>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Facts data={data} />
            <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="sla-title">
              <Title order={2} fz="lg" id="sla-title" mb={4}>
                {t("support.case.sla")}
              </Title>
              <Text size="sm" c="gray.8" mb="sm">
                {t("support.case.slaNote", { zone: data.office.timeZone })}
              </Text>
              <dl className="support-facts">
                <dt>{t("support.sla.firstResponse")}</dt>
                <dd>
                  <SlaClock data={data.firstResponse} warnMinutes={data.warnMinutes} />
                </dd>
                <dt>{t("support.sla.resolution")}</dt>
                <dd>
                  <SlaClock data={data.resolution} warnMinutes={data.warnMinutes} />
                </dd>
              </dl>
            </Card>
            {data.nextStatuses.length > 0 && (
              <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="status-title">
                <Title order={2} fz="lg" id="status-title" mb="sm">
                  {t("support.case.status")}
                </Title>
                <TransitionForm
                  status={data.status}
                  next={data.nextStatuses}
                  result={resultFor(result, "transition")}
                />
              </Card>
            )}
            {(can("assign") || can("priority")) && (
              <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="work-title">
                <Title order={2} fz="lg" id="work-title" mb="sm">
                  {t("support.case.work")}
                </Title>
                <Stack gap="lg">
                  {can("assign") && (
                    <AssignForm
                      assigneeId={data.assignee?.id ?? null}
                      staff={data.staff}
                      result={resultFor(result, "assign")}
                    />
                  )}
                  {can("priority") && (
                    <PriorityForm priority={data.priority} result={resultFor(result, "priority")} />
                  )}
                </Stack>
              </Card>
            )}
            {(data.rating || can("rate")) && (
              <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="rating-title">
                <Title order={2} fz="lg" id="rating-title" mb="sm">
                  {t("support.case.rating")}
                </Title>
                {data.rating ? (
                  <>
                    <Text fw={700} fz="lg">
                      {t("support.rate.given", { score: data.rating.score })}
                    </Text>
                    {data.rating.comment && <p className="support-pre">{data.rating.comment}</p>}
                    {data.rating.rated && (
                      <Text size="sm" c="gray.8">
                        <LocalTime value={data.rating.rated} />
                      </Text>
                    )}
                  </>
                ) : (
                  <RatingForm result={resultFor(result, "rate")} />
                )}
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function Facts({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="facts-title">
      <Title order={2} fz="lg" id="facts-title" mb="sm">
        {t("support.case.facts")}
      </Title>
      <dl className="support-facts">
        <dt>{t("support.col.number")}</dt>
        <dd>#{data.number}</dd>
        <dt>{t("support.case.company")}</dt>
        <dd>
          <Anchor
            component={Link}
            to={href(`/organizations/${data.company.id}`, locale)}
            c="daegu.9"
            underline="always"
            lang={langOf(data.company.name, locale)}
          >
            {pickText(data.company.name, locale)}
          </Anchor>
        </dd>
        <dt>{t("support.col.office")}</dt>
        <dd lang={langOf(data.office.name, locale)}>{pickText(data.office.name, locale)}</dd>
        <dt>{t("support.col.assignee")}</dt>
        <dd>{data.assignee?.name || t("support.assign.none")}</dd>
        <dt>{t("support.col.service")}</dt>
        <dd>{supportServiceNames[data.service][locale]}</dd>
        <dt>{t("support.col.market")}</dt>
        <dd>
          {data.market.name} ({data.market.code})
        </dd>
        <dt>{t("support.field.preferredLanguage")}</dt>
        <dd lang={data.preferredLanguage === locale ? undefined : data.preferredLanguage}>
          {data.preferredLanguage === "ko" ? "한국어" : "English"}
        </dd>
        <dt>{t("support.case.created")}</dt>
        <dd>{data.created && <LocalTime value={data.created} />}</dd>
        <dt>{t("support.col.activity")}</dt>
        <dd>{data.lastActivity && <LocalTime value={data.lastActivity} />}</dd>
        {data.resolved && (
          <>
            <dt>{t("support.case.resolved")}</dt>
            <dd>
              <LocalTime value={data.resolved} />
            </dd>
          </>
        )}
        {data.reopenUntil && (
          <>
            <dt>{t("support.case.reopenUntil")}</dt>
            <dd>
              <LocalTime value={data.reopenUntil} />
            </dd>
          </>
        )}
        {data.closed && (
          <>
            <dt>{t("support.case.closed")}</dt>
            <dd>
              <LocalTime value={data.closed} />
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}
