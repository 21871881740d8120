import { z } from "zod";
import { StartupError } from "./platform/startup-error.ts";

const onOff = z.enum(["on", "off"]);

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
  };
}
