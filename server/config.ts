import { z } from "zod";
import type { S3Settings } from "./platform/files/s3.ts";
import { StartupError } from "./platform/startup-error.ts";

const onOff = z.enum(["on", "off"]);
/** An optional text variable; set but empty counts as unset. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);
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
  // Uploaded files (logos): an S3-compatible bucket when S3_BUCKET is set, else DATA_DIR/files.
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  S3_BUCKET: optionalText,
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: onOff.default("off"),
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
  /** Where uploaded files go when not under DATA_DIR/files: set when S3_BUCKET is. */
  s3: S3Settings | undefined;
};

/** Parses the environment once at boot (contract §2); a bad value stops start-up naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StartupError(`Configuration error: ${String(issue.path[0])} ${issue.message}.`);
  }
  const e = parsed.data;
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY) {
    throw new StartupError(
      "Configuration error: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together.",
    );
  }
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
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          endpoint: e.S3_ENDPOINT,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          forcePathStyle: e.S3_FORCE_PATH_STYLE === "on",
        }
      : undefined,
  };
}
