import { Anchor, Box, Group, Text } from "@mantine/core";
import { supportPriorityNames, supportStatusNames } from "../../../contracts/support-requests/vocabulary.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { loadCase } from "./case.server.ts";
import { LocalTime } from "./status.tsx";

type Data = Awaited<ReturnType<typeof loadCase>>;
type Attachment = Data["attachments"][number];

export function Attachments({ files }: { files: Attachment[] }) {
  const t = useT();
  return (
    <ul className="support-files">
      {files.map((file) => (
        <li key={file.id}>
          <Anchor href={file.url} c="daegu.9" underline="always" download={file.name}>
            {file.name}
          </Anchor>{" "}
          <Text component="span" size="sm" c="gray.8">
            ({file.kind.toUpperCase()}, {file.size}
            <span className="support-visually-hidden">, {t("support.case.download")}</span>)
          </Text>
        </li>
      ))}
    </ul>
  );
}

const sideKeys: Record<Data["messages"][number]["side"], MessageKey> = {
  company: "support.side.company",
  office: "support.side.office",
  system: "support.side.system",
};

export function Message({ message }: { message: Data["messages"][number] }) {
  const t = useT();
  const internal = message.visibility === "internal";
  return (
    <li className="support-message" data-visibility={message.visibility} data-side={message.side}>
      <article aria-label={internal ? t("support.note.marker") : undefined}>
        <Group gap="xs" wrap="wrap" mb={4}>
          {internal && (
            <span className="support-internal-mark" data-testid="internal-note">
              {t("support.note.marker")}
            </span>
          )}
          <Text fw={700}>{message.author}</Text>
          <Text size="sm" c="gray.8">
            {t(sideKeys[message.side])} · {message.at && <LocalTime value={message.at} />}
          </Text>
        </Group>
        <div className="support-pre">{message.body}</div>
        {message.mentions.length > 0 && (
          <Text size="sm" c="gray.8" mt={4}>
            {t("support.note.mentioned", { names: message.mentions.map((m) => `@${m.name}`).join(", ") })}
          </Text>
        )}
        {message.attachments.length > 0 && (
          <Box mt="xs">
            <Attachments files={message.attachments} />
          </Box>
        )}
      </article>
    </li>
  );
}

const eventKeys: Record<Data["events"][number]["kind"], MessageKey> = {
  status: "support.event.status",
  assignment: "support.event.assignment",
  priority: "support.event.priority",
  referral: "support.event.referral",
  sla: "support.event.sla",
};

/** One line of the history: a status move, an assignment, a priority, a referral or an SLA event. */
export function EventText({ event }: { event: Data["events"][number] }) {
  const t = useT();
  const locale = useLocale();
  if (event.kind === "status" && event.toStatus) {
    return (
      <>
        {event.fromStatus ? `${supportStatusNames[event.fromStatus][locale]} → ` : ""}
        {supportStatusNames[event.toStatus][locale]}
      </>
    );
  }
  const d = event.detail;
  let detail = "";
  // The details as workflow.ts, referrals.ts and sla.sweep.ts write them.
  if (event.kind === "assignment") detail = d.assignee ?? t("support.assign.none");
  if (event.kind === "priority") {
    const p = d.to as keyof typeof supportPriorityNames | undefined;
    detail = p && p in supportPriorityNames ? supportPriorityNames[p][locale] : "";
  }
  if (event.kind === "referral") detail = d.partnerName ?? "";
  if (event.kind === "sla") {
    const metric = d.metric === "resolution" ? t("support.sla.resolution") : t("support.sla.firstResponse");
    detail = `${metric} · ${d.type === "warning" ? t("support.sla.atRisk") : t("support.sla.breached")}`;
  }
  return (
    <>
      {t(eventKeys[event.kind])}
      {detail ? `: ${detail}` : ""}
    </>
  );
}
