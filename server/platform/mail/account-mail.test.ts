import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../app.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/database.ts";
import { type Jobs, startJobs } from "../jobs/jobs.ts";
import { eventually, type SmtpTestServer, startSmtpTestServer } from "./smtp-test-server.ts";

// Better Auth's mail hooks, end to end: HTTP request → outbox row → pg-boss job → real SMTP server.
const origin = "http://localhost:3000";
const password = "daegu-innovation-2026";
let n = 0;
const newEmail = () => `account${++n}-${Date.now()}@example.kr`;

describe("account mail: verification and password reset", () => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let jobs: Jobs;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpTestServer();
    jobs = await startJobs({
      connectionString: database.url,
      onError: () => {},
      pollingIntervalSeconds: 0.5,
    });
    app = await buildApp({
      config: {
        production: true,
        logLevel: "silent",
        publicUrl: undefined,
        trustProxy: false,
        rateLimitPerMinute: 10_000,
        smtpUrl: smtp.url,
        mailFrom: "Daegu Gateway <no-reply@daegu-gateway.local>",
      },
      database,
      jobs,
    });
  });
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await smtp?.close();
  });

  let address = 0;
  const post = (path: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({
      method: "POST",
      url: `/api/auth${path}`,
      remoteAddress: `10.1.${Math.floor(++address / 250)}.${address % 250}`,
      headers: { origin, "content-type": "application/json", ...headers },
      payload: JSON.stringify(payload),
    });
  /** The mails of `kind` the SMTP server received for `to`, once there are `count` of them. */
  const mailsTo = (to: string, subjectPart: string, count = 1) =>
    eventually(() => {
      const found = smtp.received.filter(
        (r) => r.envelopeTo.includes(to) && r.mail.subject?.includes(subjectPart),
      );
      return found.length >= count ? found : undefined;
    });
  const linkIn = (text: string | undefined) => /https?:\/\/\S+/.exec(text ?? "")?.[0];

  it("sends a verification mail on sign-up and on request, in the reader's language; the link verifies", async () => {
    const email = newEmail();
    const signUp = await post("/sign-up/email", { email, password, name: "김대구" });
    expect(signUp.statusCode).toBe(200);
    const [onSignUp] = await mailsTo(email, "이메일 주소를 확인해 주세요");
    expect(onSignUp!.mail.text).toContain("김대구님, 안녕하세요.");

    const requested = await post(
      "/send-verification-email",
      { email },
      { "accept-language": "en-US,en;q=0.9" },
    );
    expect(requested.statusCode).toBe(200);
    const [english] = await mailsTo(email, "Please confirm your e-mail address");
    const link = linkIn(english!.mail.text)!;
    expect(link).toMatch(/^http:\/\/localhost:3000\/api\/auth\/verify-email\?token=/);
    expect(english!.mail.html).toContain("Confirm e-mail address");

    // The SMTP server has both; the rows are marked once the server's answer is back.
    const rows = await eventually(async () => {
      const { rows } = await database.pool.query(
        'select status, locale, kind from mail_outbox where "to" = $1 order by id',
        [email],
      );
      return rows.every((row) => row.status === "sent") ? rows : undefined;
    });
    expect(rows).toEqual([
      { status: "sent", locale: "ko", kind: "verify-email" },
      { status: "sent", locale: "en", kind: "verify-email" },
    ]);

    const verified = await app.inject({ url: link.slice(origin.length), remoteAddress: "10.1.99.1" });
    expect(verified.statusCode).toBeLessThan(400);
    const user = await database.pool.query("select email_verified from users where email = $1", [email]);
    expect(user.rows[0].email_verified).toBe(true);
  });

  it("sends the password-reset link in English when the lang cookie says so; the link resets the password", async () => {
    const email = newEmail();
    await post("/sign-up/email", { email, password, name: "Jane" });
    const requested = await post(
      "/request-password-reset",
      { email, redirectTo: "/en/reset-password" },
      { cookie: "lang=en" },
    );
    expect(requested.statusCode).toBe(200);
    const [reset] = await mailsTo(email, "Reset your password");
    expect(reset!.mail.text).toContain("Hello Jane,");
    const link = linkIn(reset!.mail.text)!;
    const token = /\/api\/auth\/reset-password\/([^?]+)\?callbackURL=%2Fen%2Freset-password$/.exec(link)?.[1];
    expect(token).toBeDefined();

    const changed = await post("/reset-password", { token, newPassword: "a-new-daegu-password-7" });
    expect(changed.statusCode).toBe(200);
    expect((await post("/sign-in/email", { email, password: "a-new-daegu-password-7" })).statusCode).toBe(
      200,
    );
    expect((await post("/sign-in/email", { email, password })).statusCode).toBe(401);
  });

  it("answers a reset request for an unknown address like a known one, and sends nothing", async () => {
    const email = newEmail();
    const response = await post("/request-password-reset", { email, redirectTo: "/reset-password" });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe(true);
    const rows = await database.pool.query('select count(*)::int as n from mail_outbox where "to" = $1', [
      email,
    ]);
    expect(rows.rows[0].n).toBe(0);
  });
});
