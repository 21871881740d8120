import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";

export type Credentials = { token: string; cookie: string };

/** Issues an admin API token with `gateway token create` (joining the running server's PostgreSQL). */
export async function createAdminToken(dataDir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["cli/gateway.ts", "token", "create", "--role", "admin", "--name", "bench"],
    { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" }, timeout: 120_000 },
  );
  const token = stdout.trim().split("\n").at(-1)?.trim();
  if (!token?.startsWith("dgg_")) throw new Error(`gateway token create printed no token:\n${stdout}`);
  return token;
}

export type SignIns = { signUpMs: number; signInMs: number[]; cookie: string };

/**
 * Signs up one user, then signs it in `times` times one after another (each timed end to end), keeping the
 * last session's cookies. Better Auth allows 3 sign-ups and 5 sign-ins a minute per client address, and every
 * bench request comes from 127.0.0.1: `times` must stay at most 5, and the bench runs this once.
 */
export async function signUpAndSignIn(baseUrl: string, times: number): Promise<SignIns> {
  if (times < 1 || times > 5) throw new Error("Better Auth allows 5 sign-ins a minute per client address.");
  const email = `bench-${randomBytes(6).toString("hex")}@example.com`;
  const password = `bench-${randomBytes(18).toString("base64url")}`;
  const signUp = await authPost(baseUrl, "/sign-up/email", { email, password, name: "Bench" });
  const signInMs: number[] = [];
  let cookies: string[] = signUp.cookies;
  for (let i = 0; i < times; i++) {
    const signIn = await authPost(baseUrl, "/sign-in/email", { email, password });
    signInMs.push(signIn.ms);
    cookies = signIn.cookies;
  }
  const cookie = cookies.map((setCookie) => setCookie.split(";")[0]!).join("; ");
  await expectSession(baseUrl, cookie, email);
  return { signUpMs: signUp.ms, signInMs, cookie };
}

// Better Auth's origin check compares the Origin header with its base URL, http://localhost:PORT when no
// PUBLIC_URL is set (the bench sets none).
const originOf = (baseUrl: string) => process.env.PUBLIC_URL ?? `http://localhost:${new URL(baseUrl).port}`;

async function authPost(baseUrl: string, path: string, body: object) {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/auth${path}`, {
    method: "POST",
    headers: { origin: originOf(baseUrl), "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`POST /api/auth${path} answered ${response.status}: ${text}`);
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((cookie) => cookie.includes("session_token="))) {
    throw new Error(`POST /api/auth${path} set no session cookie.`);
  }
  return { ms, cookies };
}

/** A cookie that does not resolve to a session would silently measure anonymous requests: check it does. */
async function expectSession(baseUrl: string, cookie: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/get-session`, {
    headers: { cookie, origin: originOf(baseUrl) },
    signal: AbortSignal.timeout(30_000),
  });
  const session = (await response.json()) as { user?: { email?: string } } | null;
  if (session?.user?.email !== email) {
    throw new Error(`The session cookie does not resolve to the bench user: ${JSON.stringify(session)}`);
  }
}
