import { z } from "zod";
import { StartupError } from "./platform/startup-error.ts";

const onOff = z.enum(["on", "off"]);
export const DEFAULT_MAIL_FROM = "대구 글로벌 게이트웨이 <no-reply@daegu-gateway.local>";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DEMO_DATA: onOff.default("on"),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  TRUST_PROXY: onOff.default("off"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  // Mail (issue 3): without SMTP_URL every mail stays in the outbox table for admins to read.
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().trim().min(3).default(DEFAULT_MAIL_FROM),
  // Signs session cookies; without it a secret generated once is kept in the database (app_secrets).
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Per-address limits on sign-in, sign-up and reset. Only end-to-end tests, whose browsers all share 127.0.0.1, turn them off.
  AUTH_RATE_LIMIT: onOff.default("on"),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoData: boolean;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  production: boolean;
  trustProxy: boolean;
  rateLimitPerMinute: number;
  /** smtp://user:pass@host:587 or smtps://…; undefined keeps mail in the outbox only. */
  smtpUrl: string | undefined;
  mailFrom: string;
  authSecret: string | undefined;
  authRateLimit: boolean;
};

/** Parses the environment once at boot (contract §2); a bad value stops start-up naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StartupError(`Configuration error: ${String(issue.path[0])} ${issue.message}.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    demoData: e.DEMO_DATA === "on",
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === "production",
    trustProxy: e.TRUST_PROXY === "on",
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    authSecret: e.AUTH_SECRET,
    authRateLimit: e.AUTH_RATE_LIMIT === "on",
  };
}
