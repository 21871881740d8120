import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/database.ts";
import { testAdmin } from "../../testing/factories.ts";
import { type Jobs, startJobs } from "../jobs/jobs.ts";
import { createMailService, type MailService } from "./mail.service.ts";
import { eventually, type SmtpTestServer, startSmtpTestServer } from "./smtp-test-server.ts";
import { smtpTransport } from "./transport.ts";

const from = "대구 글로벌 게이트웨이 <no-reply@daegu-gateway.local>";
const url = "http://localhost:3000/api/auth/verify-email?token=t0k3n&callbackURL=%2F";
let n = 0;
const newAddress = () => `member${++n}-${Date.now()}@example.kr`;
const silent = { error: () => {} };
const reviewer = { actor: { kind: "token" as const, id: "r", label: "token r", role: "reviewer" as const } };

describe("mail", () => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let jobs: Jobs;
  let mail: MailService;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpTestServer();
    jobs = await startJobs({
      connectionString: database.url,
      onError: () => {},
      pollingIntervalSeconds: 0.5,
    });
    mail = createMailService({
      db: database.db,
      from,
      transport: smtpTransport(smtp.url),
      jobs,
      // Fast retries for the test; production uses defaultMailRetry.
      retry: { retryLimit: 2, retryDelay: 0, retryBackoff: false },
      log: silent,
    });
    await mail.startWorker();
  });
  // Registered after createTestDatabase's hook, so it runs first: the queue stops before the database goes.
  afterAll(async () => {
    await jobs?.stop();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.state.refuse = 0;
  });

  const row = async (id: string) =>
    (await database.pool.query("select * from mail_outbox where id = $1", [id])).rows[0];
  const receivedBy = (to: string) => smtp.received.find((r) => r.envelopeTo.includes(to));

  it("without SMTP keeps the mail in the outbox, readable by city admins only", async () => {
    const outboxOnly = createMailService({ db: database.db, from, log: silent });
    const to = newAddress();
    const { id, status } = await outboxOnly.send({
      kind: "verify-email",
      to,
      locale: "ko",
      params: { name: "김대구", url, validForMinutes: 60 },
    });
    expect(status).toBe("outbox");
    expect(await row(id)).toMatchObject({
      to,
      kind: "verify-email",
      locale: "ko",
      status: "outbox",
      attempts: 0,
    });

    const listed = await outboxOnly.listOutbox(testAdmin, { limit: 5, offset: 0 });
    expect(listed.items[0]).toMatchObject({
      id,
      to,
      subject: "[대구 글로벌 게이트웨이] 이메일 주소를 확인해 주세요",
    });
    expect(listed.items[0]!.text).toContain(url);
    expect(listed.total).toBeGreaterThanOrEqual(1);
    expect((await outboxOnly.getOutboxMail(testAdmin, id))?.id).toBe(id);

    await expect(outboxOnly.listOutbox(reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(outboxOnly.listOutbox(undefined)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("delivers through SMTP by a job and marks the row sent", async () => {
    const to = newAddress();
    const { id, status } = await mail.send({
      kind: "reset-password",
      to,
      locale: "en",
      params: { name: "Jane", url, validForMinutes: 60 },
    });
    expect(status).toBe("queued");
    const sent = await eventually(async () => {
      const current = await row(id);
      return current.status === "sent" ? current : undefined;
    });
    expect(sent).toMatchObject({ attempts: 1, last_error: null });
    expect(sent.sent_at).not.toBeNull();

    const received = receivedBy(to)!;
    expect(received.mail.subject).toBe("[Daegu Global Gateway] Reset your password");
    expect(received.mail.from?.text).toContain("no-reply@daegu-gateway.local");
    expect(received.mail.text).toContain(url);
    expect(received.mail.html).toContain("token=t0k3n&amp;callbackURL");
  });

  it("inside a caller's transaction: the mail and its job exist only if the transaction commits", async () => {
    const kept = newAddress();
    const dropped = newAddress();
    const message = (to: string) => ({
      kind: "reset-password" as const,
      to,
      locale: "en" as const,
      params: { name: "", url, validForMinutes: 30 },
    });
    let sent: { id: string } | undefined;
    await database.db.transaction(async (tx) => {
      sent = await mail.send(message(kept), { tx });
    });
    await database.db
      .transaction(async (tx) => {
        await mail.send(message(dropped), { tx });
        throw new Error("the change failed");
      })
      .catch(() => {});
    await eventually(async () => ((await row(sent!.id)).status === "sent" ? true : undefined));
    expect(receivedBy(kept)).toBeDefined();
    const none = await database.pool.query('select 1 from mail_outbox where "to" = $1', [dropped]);
    expect(none.rowCount).toBe(0);
    expect(receivedBy(dropped)).toBeUndefined();
  });

  it("retries a refused delivery, recording attempts and the SMTP error, until it goes through", async () => {
    smtp.state.refuse = 1;
    const to = newAddress();
    const { id } = await mail.send({
      kind: "verify-email",
      to,
      locale: "ko",
      params: { name: "", url, validForMinutes: 60 },
    });
    const sent = await eventually(async () => {
      const current = await row(id);
      return current.status === "sent" ? current : undefined;
    });
    expect(sent.attempts).toBe(2);
    expect(receivedBy(to)?.mail.subject).toBe("[대구 글로벌 게이트웨이] 이메일 주소를 확인해 주세요");
  });

  it("marks the mail failed with the last SMTP error once every retry was refused", async () => {
    smtp.state.refuse = -1;
    const to = newAddress();
    const { id } = await mail.send({
      kind: "verify-email",
      to,
      locale: "en",
      params: { name: "Jane", url, validForMinutes: 60 },
    });
    const failed = await eventually(async () => {
      const current = await row(id);
      return current.status === "failed" ? current : undefined;
    });
    // 1 try + retryLimit 2.
    expect(failed.attempts).toBe(3);
    expect(failed.last_error).toMatch(/451/);
    expect(failed.last_error).toContain("mailbox temporarily unavailable");
    expect(receivedBy(to)).toBeUndefined();
  });

  it("without a job queue (the CLI) hands the mail to SMTP at once, one try", async () => {
    const inline = createMailService({
      db: database.db,
      from,
      transport: smtpTransport(smtp.url),
      log: silent,
    });
    const to = newAddress();
    const { id } = await inline.send({
      kind: "verify-email",
      to,
      locale: "en",
      params: { name: "Jane", url, validForMinutes: 60 },
    });
    await eventually(async () => ((await row(id)).status === "sent" ? true : undefined));
    expect(receivedBy(to)?.mail.subject).toBe("[Daegu Global Gateway] Please confirm your e-mail address");
  });
});
