import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";

const origin = "http://localhost:3000";
let n = 0;
const newEmail = () => `person${++n}-${Date.now()}@example.kr`;

describe("accounts: sign-up, sign-in, sessions", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    setup = await createTestApp();
  });

  // Each call comes from its own address unless told otherwise, so rate limits only bite where tested.
  let address = 0;
  const post = (path: string, payload: object, headers: Record<string, string> = {}, from?: string) =>
    setup.app.inject({
      method: "POST",
      url: `/api/auth${path}`,
      remoteAddress: from ?? `10.0.${Math.floor(++address / 250)}.${address % 250}`,
      headers: { origin, "content-type": "application/json", ...headers },
      payload: JSON.stringify(payload),
    });
  const sessionCookie = (response: { headers: Record<string, unknown> }) =>
    ([] as string[])
      .concat((response.headers["set-cookie"] as string[] | string | undefined) ?? [])
      .map((cookie) => cookie.split(";")[0])
      .join("; ");

  it("signs up with an argon2id-hashed password and an HttpOnly, SameSite=Lax session cookie", async () => {
    const email = newEmail();
    const response = await post("/sign-up/email", {
      email,
      password: "daegu-innovation-2026",
      name: "김대구",
    });
    expect(response.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(response.headers["set-cookie"] as string[]);
    const session = cookies.find((cookie) => cookie.startsWith("dgg.session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const stored = await setup.database.pool.query(
      "select a.password from accounts a join users u on u.id = a.user_id where u.email = $1",
      [email],
    );
    expect(stored.rows[0].password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("refuses short and common passwords", async () => {
    const short = await post("/sign-up/email", { email: newEmail(), password: "short", name: "A" });
    expect(short.statusCode).toBe(400);
    const common = await post("/sign-up/email", { email: newEmail(), password: "1q2w3e4r5t6y", name: "A" });
    expect(common.statusCode).toBe(400);
    expect(common.json().code).toBe("PASSWORD_TOO_COMMON");
  });

  it("turns a session cookie into the signed-in user, whose role decides what they may do", async () => {
    const email = newEmail();
    await post("/sign-up/email", { email, password: "daegu-innovation-2026", name: "Admin" });
    const asMember = sessionCookie(
      await post("/sign-in/email", { email, password: "daegu-innovation-2026" }),
    );
    expect(
      (await setup.app.inject({ url: "/api/v1/tokens", headers: { cookie: asMember } })).statusCode,
    ).toBe(403);

    await setup.database.pool.query("update users set role = 'admin' where email = $1", [email]);
    const asAdmin = sessionCookie(await post("/sign-in/email", { email, password: "daegu-innovation-2026" }));
    expect((await setup.app.inject({ url: "/api/v1/tokens", headers: { cookie: asAdmin } })).statusCode).toBe(
      200,
    );
  });

  it("answers a wrong password and an unknown e-mail alike, so accounts cannot be enumerated", async () => {
    const email = newEmail();
    await post("/sign-up/email", { email, password: "daegu-innovation-2026", name: "B" });
    const wrong = await post("/sign-in/email", { email, password: "not-the-password-1" });
    const unknown = await post("/sign-in/email", { email: newEmail(), password: "not-the-password-1" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("refuses a cookie-authenticated request from a foreign origin (CSRF)", async () => {
    const email = newEmail();
    const cookie = sessionCookie(
      await post("/sign-up/email", { email, password: "daegu-innovation-2026", name: "C" }),
    );
    const forged = await post("/sign-out", {}, { cookie, origin: "https://evil.example" });
    expect(forged.statusCode).toBe(403);
  });

  it("signs out: the session row is gone and its token no longer authenticates", async () => {
    const email = newEmail();
    await post("/sign-up/email", { email, password: "daegu-innovation-2026", name: "D" });
    await setup.database.pool.query("update users set role = 'admin' where email = $1", [email]);
    const cookie = sessionCookie(await post("/sign-in/email", { email, password: "daegu-innovation-2026" }));
    expect((await post("/sign-out", {}, { cookie })).statusCode).toBe(200);
    const tokenOnly = cookie.split("; ").find((c) => c.startsWith("dgg.session_token="))!;
    expect(
      (await setup.app.inject({ url: "/api/v1/tokens", headers: { cookie: tokenOnly } })).statusCode,
    ).toBe(401);
  });

  it("issues a fresh session on sign-in, so a planted session cookie is useless (session fixation)", async () => {
    const email = newEmail();
    await post("/sign-up/email", { email, password: "daegu-innovation-2026", name: "E" });
    await setup.database.pool.query("update users set role = 'admin' where email = $1", [email]);
    const planted = "dgg.session_token=attacker-chosen-value";
    const signedIn = await post(
      "/sign-in/email",
      { email, password: "daegu-innovation-2026" },
      { cookie: planted },
    );
    const issued = sessionCookie(signedIn);
    expect(issued).toMatch(/dgg\.session_token=/);
    expect(issued).not.toContain("attacker-chosen-value");
    const withPlanted = await setup.app.inject({ url: "/api/v1/tokens", headers: { cookie: planted } });
    expect(withPlanted.statusCode).toBe(401);
    expect((await setup.app.inject({ url: "/api/v1/tokens", headers: { cookie: issued } })).statusCode).toBe(
      200,
    );
  });

  it("limits sign-in attempts per client address", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await post(
        "/sign-in/email",
        { email: "nobody@example.kr", password: "wrong-password-1" },
        {},
        "10.9.9.9",
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("accounts with AUTH_RATE_LIMIT=off", () => {
  it("does not limit sign-in attempts (end-to-end tests only)", async () => {
    const { app } = await createTestApp({ authRateLimit: false });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        remoteAddress: "10.8.8.8",
        headers: { origin, "content-type": "application/json" },
        payload: JSON.stringify({ email: "nobody@example.kr", password: "wrong-password-1" }),
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual(Array(7).fill(401));
  });
});
