import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { Form } from "react-router";
import {
  type ReferralStatus,
  referralStatusNames,
  type SupportPriority,
  type SupportStatus,
  supportPriorities,
  supportPriorityNames,
  supportStatusNames,
} from "../../../contracts/support-requests/vocabulary.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { CaseResult } from "./case.server.ts";
import { FileField } from "./file-field.tsx";

/** The result for one form: only when it was that form (and that referral) that was posted. */
export function resultFor(result: CaseResult | undefined, intent: string, referralId?: string) {
  if (!result || result.intent !== intent) return undefined;
  if (referralId !== undefined && result.referralId !== referralId) return undefined;
  return result;
}

function FormProblem({ result }: { result: CaseResult | undefined }) {
  const t = useT();
  if (result?.conflict)
    return (
      <Alert color="orange" variant="light" role="alert">
        {t("support.conflict")}
      </Alert>
    );
  if (result?.errors && Object.keys(result.errors).length > 0)
    return (
      <Alert color="red" variant="light" role="alert">
        {t("support.formError")}
      </Alert>
    );
  return null;
}

/** The public reply (either side) or the office's internal note with @mentions; both may carry files. */
export function MessageForm({
  kind,
  staff,
  result,
}: {
  kind: "reply" | "note";
  staff: { id: string; name: string }[];
  result: CaseResult | undefined;
}) {
  const t = useT();
  const errors = result?.errors ?? {};
  const mentioned = new Set((result?.values.mentions ?? "").split(",").filter(Boolean));
  const id = `form-${kind}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={`${id}-title`}
      className={kind === "note" ? "support-note-form" : undefined}
    >
      <Title order={3} fz="md" mb="sm" id={`${id}-title`}>
        {t(kind === "note" ? "support.note.title" : "support.reply.title")}
      </Title>
      <Form method="post" encType="multipart/form-data" noValidate>
        <input type="hidden" name="intent" value={kind} />
        <Stack gap="sm">
          <FormProblem result={result} />
          <Textarea
            id={`${id}-body`}
            name="body"
            label={t(kind === "note" ? "support.note.body" : "support.reply.body")}
            description={t(kind === "note" ? "support.note.hint" : "support.reply.hint")}
            defaultValue={result?.values.body}
            error={errors.body}
            autosize
            minRows={3}
            maxLength={20000}
            required
          />
          {kind === "note" && staff.length > 0 && (
            <fieldset className="support-fieldset">
              <legend>{t("support.note.mentions")}</legend>
              <Group gap="md" wrap="wrap">
                {staff.map((person) => (
                  <Checkbox
                    key={person.id}
                    name="mentions"
                    value={person.id}
                    label={`@${person.name}`}
                    defaultChecked={mentioned.has(person.id)}
                  />
                ))}
              </Group>
              {errors.mentions && (
                <Text c="red.9" size="sm" mt={4} role="alert">
                  {errors.mentions}
                </Text>
              )}
            </fieldset>
          )}
          <FileField
            id={`${id}-files`}
            error={errors.attachments}
            again={Boolean(result?.hadFiles && !errors.attachments)}
          />
          <Button
            type="submit"
            className="support-self-start"
            variant={kind === "note" ? "outline" : "filled"}
          >
            {t(kind === "note" ? "support.note.submit" : "support.reply.submit")}
          </Button>
        </Stack>
      </Form>
    </Paper>
  );
}

/** Files added to the request itself (not to a message). */
export function AttachForm({ result }: { result: CaseResult | undefined }) {
  const t = useT();
  return (
    <Form method="post" encType="multipart/form-data" noValidate>
      <input type="hidden" name="intent" value="attach" />
      <Stack gap="sm">
        <FileField
          id="form-attach-files"
          label={t("support.attach.label")}
          error={result?.errors?.attachments}
        />
        <Button type="submit" variant="default" className="support-self-start">
          {t("support.attach.submit")}
        </Button>
      </Stack>
    </Form>
  );
}

/** The label of the button that moves a case from `from` to `to`. */
function moveKey(from: SupportStatus, to: SupportStatus): MessageKey {
  if (to === "in-progress") return from === "resolved" ? "support.move.reopen" : "support.move.in-progress";
  if (to === "closed") return from === "resolved" ? "support.move.close" : "support.move.withdraw";
  return `support.move.${to}` as MessageKey;
}

/** One form, one button per status the person may move the case to; an optional public message. */
export function TransitionForm({
  status,
  next,
  result,
}: {
  status: SupportStatus;
  next: SupportStatus[];
  result: CaseResult | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="transition" />
      <Stack gap="sm">
        <FormProblem result={result} />
        <Textarea
          id="form-transition-message"
          name="message"
          label={t("support.move.message")}
          description={t("support.move.messageHint")}
          defaultValue={result?.values.message}
          error={result?.errors?.message ?? result?.errors?.to}
          autosize
          minRows={2}
          maxLength={20000}
        />
        <Group gap="xs" wrap="wrap">
          {next.map((to) => (
            <Button
              key={to}
              type="submit"
              name="to"
              value={to}
              variant={to === "closed" ? "outline" : "filled"}
              color={to === "closed" ? "red.9" : undefined}
              data-to={to}
              aria-describedby="move-current"
            >
              {t(moveKey(status, to))}
            </Button>
          ))}
        </Group>
        <Text size="sm" c="gray.8" id="move-current">
          {t("support.move.current", { status: supportStatusNames[status][locale] })}
        </Text>
      </Stack>
    </Form>
  );
}

export function AssignForm({
  assigneeId,
  staff,
  result,
}: {
  assigneeId: string | null;
  staff: { id: string; name: string }[];
  result: CaseResult | undefined;
}) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="assign" />
      <Stack gap="xs">
        <FormProblem result={result} />
        <NativeSelect
          id="form-assign"
          name="assigneeId"
          label={t("support.assign.label")}
          defaultValue={result?.values.assigneeId ?? assigneeId ?? ""}
          error={result?.errors?.assigneeId}
          data={[
            { value: "", label: t("support.assign.none") },
            ...staff.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <Button type="submit" variant="default" size="sm" className="support-self-start">
          {t("support.assign.submit")}
        </Button>
      </Stack>
    </Form>
  );
}

export function PriorityForm({
  priority,
  result,
}: {
  priority: SupportPriority;
  result: CaseResult | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="priority" />
      <Stack gap="xs">
        <FormProblem result={result} />
        <NativeSelect
          id="form-priority"
          name="priority"
          label={t("support.priority.label")}
          description={t("support.priority.hint")}
          defaultValue={result?.values.priority ?? priority}
          error={result?.errors?.priority}
          data={supportPriorities.map((p) => ({ value: p, label: supportPriorityNames[p][locale] }))}
        />
        <Button type="submit" variant="default" size="sm" className="support-self-start">
          {t("support.priority.submit")}
        </Button>
      </Stack>
    </Form>
  );
}

/** The company's satisfaction rating: 1 to 5 and an optional comment. */
export function RatingForm({ result }: { result: CaseResult | undefined }) {
  const t = useT();
  const errors = result?.errors ?? {};
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="rate" />
      <Stack gap="sm">
        <FormProblem result={result} />
        <Radio.Group
          name="score"
          label={t("support.rate.score")}
          description={t("support.rate.scoreHint")}
          defaultValue={result?.values.score}
          error={errors.score}
          required
        >
          <Group gap="md" mt={4}>
            {[1, 2, 3, 4, 5].map((score) => (
              <Radio key={score} value={String(score)} label={t("support.rate.option", { score })} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          id="form-rate-comment"
          name="comment"
          label={t("support.rate.comment")}
          defaultValue={result?.values.comment}
          error={errors.comment}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Button type="submit" className="support-self-start">
          {t("support.rate.submit")}
        </Button>
      </Stack>
    </Form>
  );
}

/** Refers the case to an outside partner (KOTRA, a chamber of commerce); a link goes to the contact. */
export function ReferForm({ result }: { result: CaseResult | undefined }) {
  const t = useT();
  const errors = result?.errors ?? {};
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="form-refer-title">
      <Title order={3} fz="md" mb="sm" id="form-refer-title">
        {t("support.refer.title")}
      </Title>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="refer" />
        <Stack gap="sm">
          <FormProblem result={result} />
          <TextInput
            id="form-refer-partner"
            name="partnerName"
            label={t("support.refer.partner")}
            description={t("support.refer.partnerHint")}
            defaultValue={result?.values.partnerName}
            error={errors.partnerName}
            maxLength={200}
            required
          />
          <TextInput
            id="form-refer-email"
            type="email"
            name="contactEmail"
            label={t("support.refer.email")}
            description={t("support.refer.emailHint")}
            defaultValue={result?.values.contactEmail}
            error={errors.contactEmail}
            autoComplete="off"
          />
          <Textarea
            id="form-refer-note"
            name="note"
            label={t("support.refer.note")}
            defaultValue={result?.values.note}
            error={errors.note}
            autosize
            minRows={3}
            maxLength={4000}
            required
          />
          <Button type="submit" variant="outline" className="support-self-start">
            {t("support.refer.submit")}
          </Button>
        </Stack>
      </Form>
    </Paper>
  );
}

const reportStatuses: Exclude<ReferralStatus, "sent">[] = ["accepted", "declined", "completed"];

/** The office records where a referral stands and what came of it. */
export function ReferralReportForm({
  referralId,
  status,
  result,
}: {
  referralId: string;
  status: ReferralStatus;
  result: CaseResult | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = result?.errors ?? {};
  const id = `form-report-${referralId}`;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="report-referral" />
      <input type="hidden" name="referralId" value={referralId} />
      <Stack gap="xs">
        <FormProblem result={result} />
        <NativeSelect
          id={`${id}-status`}
          name="status"
          label={t("support.report.status")}
          defaultValue={result?.values.status ?? (status === "sent" ? "accepted" : "completed")}
          error={errors.status}
          data={reportStatuses.map((s) => ({ value: s, label: referralStatusNames[s][locale] }))}
        />
        <Textarea
          id={`${id}-outcome`}
          name="outcome"
          label={t("support.report.outcome")}
          defaultValue={result?.values.outcome}
          error={errors.outcome}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Button type="submit" variant="default" size="sm" className="support-self-start">
          {t("support.report.submit")}
        </Button>
      </Stack>
    </Form>
  );
}
