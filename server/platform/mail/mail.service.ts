import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { Db, Executor } from "../../db/client.ts";
import type { Caller } from "../actor.ts";
import { isUuid } from "../ids.ts";
import type { JobAttempt, Jobs, RetryPolicy } from "../jobs/jobs.ts";
import { authorize } from "../policy.ts";
import { canReadOutbox } from "./mail.policy.ts";
import type { MailStatus } from "./mail.table.ts";
import { findMail, insertMail, listMail, type OutboxRow, recordAttempt } from "./outbox.repository.ts";
import { type MailKind, type MailParams, renderMail } from "./templates/index.ts";
import type { MailTransport } from "./transport.ts";

/*
 * Outbox first: every mail is written to `mail_outbox` before anything else, so nothing is lost and admins
 * can read what the platform sent. With SMTP configured, a pg-boss job (queued in the same transaction)
 * delivers it and marks the row `sent`, retrying with exponential backoff; after the last retry the row is
 * `failed` with the SMTP error. Without SMTP the row is the delivery: status `outbox`, no job.
 */

export const MAIL_QUEUE = "mail-deliver";

/** 1 try + 5 retries, 30 s doubling up to an hour apart (≈ 16 min before the last), one try ≤ 2 min. */
export const defaultMailRetry: RetryPolicy = {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  retryDelayMax: 3600,
  expireInSeconds: 120,
};

export type MailRequest<K extends MailKind = MailKind> = {
  kind: K;
  to: string;
  /** The recipient's language; Korean unless the request or the account says otherwise. */
  locale: Locale;
  params: MailParams<K>;
};

export type MailLog = { error(details: object, message: string): void };

export type MailServiceOptions = {
  db: Db;
  /** The From header, e.g. `대구 글로벌 게이트웨이 <no-reply@…>`. */
  from: string;
  /** SMTP; without it mail stays in the outbox with status `outbox`. */
  transport?: MailTransport | undefined;
  /** The job queue; without it (the CLI, route tests) mail is handed to SMTP at once, one try, no retries. */
  jobs?: Jobs | undefined;
  retry?: RetryPolicy | undefined;
  log?: MailLog | undefined;
};

/** An outbox row as an admin page shows it. */
export type OutboxView = {
  id: string;
  to: string;
  kind: string;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

function toView(row: OutboxRow): OutboxView {
  return {
    id: row.id,
    to: row.to,
    kind: row.kind,
    locale: row.locale,
    subject: row.subject,
    text: row.text,
    html: row.html,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

const consoleLog: MailLog = { error: (details, message) => console.error(message, details) };

export function createMailService({
  db,
  from,
  transport,
  jobs,
  retry = defaultMailRetry,
  log = consoleLog,
}: MailServiceOptions) {
  /** One delivery attempt of a queued mail; throws on an SMTP failure so the job is retried. */
  async function deliver(id: string, attempt: Pick<JobAttempt<unknown>, "retryCount" | "retryLimit">) {
    const row = await findMail(db, id);
    // Jobs run at least once: a mail already sent (or never meant for SMTP) is not sent again.
    if (row?.status !== "queued" || !transport) return;
    try {
      await transport.send({ from, to: row.to, subject: row.subject, text: row.text, html: row.html });
    } catch (error) {
      const final = attempt.retryCount >= attempt.retryLimit;
      await recordAttempt(db, id, { sent: false, error: errorText(error), final });
      throw error;
    }
    await recordAttempt(db, id, { sent: true });
  }

  const service = {
    /**
     * Writes the mail to the outbox and, with SMTP configured, queues its delivery in the same transaction.
     * With `options.tx` both happen in the caller's transaction, so the mail exists only if the change it
     * tells about commits; delivery then needs the job queue (the server has one), else the row stays `outbox`.
     */
    async send<K extends MailKind>(
      message: MailRequest<K>,
      options: { tx?: Executor } = {},
    ): Promise<{ id: string; status: MailStatus }> {
      const rendered = renderMail(message.kind, message.params, message.locale);
      const status: MailStatus = transport && (jobs || !options.tx) ? "queued" : "outbox";
      const row = await (options.tx ?? db).transaction(async (tx) => {
        const inserted = await insertMail(tx, {
          to: message.to,
          kind: message.kind,
          locale: message.locale,
          status,
          ...rendered,
        });
        if (transport && jobs) await jobs.send(MAIL_QUEUE, { id: inserted.id }, { tx });
        return inserted;
      });
      if (transport && !jobs && !options.tx) {
        void deliver(row.id, { retryCount: 0, retryLimit: 0 }).catch((error) =>
          log.error({ err: error, mailId: row.id }, "mail delivery failed"),
        );
      }
      return { id: row.id, status };
    },

    /**
     * Like `send` without waiting, so an answer takes the same time whether or not an account exists
     * (password reset); a failure to write the outbox is logged.
     */
    sendInBackground<K extends MailKind>(message: MailRequest<K>): void {
      service
        .send(message)
        .catch((error) => log.error({ err: error, kind: message.kind }, "mail not queued"));
    },

    /** Defines the delivery queue and works it in this process (the server); call once, after start-up. */
    async startWorker(): Promise<void> {
      if (!jobs) return;
      await jobs.define(MAIL_QUEUE, retry);
      await jobs.work<{ id: string }>(MAIL_QUEUE, (job) => deliver(job.data.id, job));
    },

    /** The outbox, newest first, for the city admins' page. */
    async listOutbox(
      caller: Caller | undefined,
      page: { limit: number; offset: number } = { limit: 20, offset: 0 },
    ): Promise<{ items: OutboxView[]; total: number }> {
      authorize(caller?.actor, canReadOutbox);
      const { items, total } = await listMail(db, page);
      return { items: items.map(toView), total };
    },

    /** One outbox row, for the admins' page; undefined for an unknown id. */
    async getOutboxMail(caller: Caller | undefined, id: string): Promise<OutboxView | undefined> {
      authorize(caller?.actor, canReadOutbox);
      if (!isUuid(id)) return undefined;
      const row = await findMail(db, id);
      return row && toView(row);
    },
  };
  return service;
}
export type MailService = ReturnType<typeof createMailService>;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
