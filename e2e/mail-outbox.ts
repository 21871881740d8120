import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { e2eDataDir } from "./server.ts";

/** The e2e server's data directory (e2e/server.ts). */
const dataDir = path.resolve(import.meta.dirname, "..", e2eDataDir);

/** Connects to the e2e server's embedded PostgreSQL: password from secrets.json, port from postmaster.pid. */
async function connect() {
  const { postgresPassword } = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as {
    postgresPassword: string;
  };
  const port = Number(readFileSync(path.join(dataDir, "postgres/postmaster.pid"), "utf8").split("\n")[3]);
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "gateway",
    database: "gateway",
    password: postgresPassword,
  });
  await client.connect();
  return client;
}

/**
 * The link of the newest mail of `kind` to `to` in the outbox (the e2e server has no SMTP, so the outbox row
 * is the delivery), or undefined while there is none: mail is queued in the background, so poll for it.
 */
export async function latestMailLink(
  to: string,
  kind: "reset-password" | "verify-email" | "support-referral-invite",
) {
  const client = await connect();
  try {
    const { rows } = await client.query<{ text: string }>(
      `select "text" from mail_outbox where "to" = $1 and kind = $2 order by created_at desc, id desc limit 1`,
      [to, kind],
    );
    return rows[0]?.text.match(/https?:\/\/\S+/)?.[0];
  } finally {
    await client.end();
  }
}

/** How many mails the outbox holds for an address (any kind). */
export async function mailCount(to: string) {
  const client = await connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from mail_outbox where "to" = $1`,
      [to],
    );
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

/** The kinds of mail the outbox holds for an address, oldest first. */
export async function mailKinds(to: string) {
  const client = await connect();
  try {
    const { rows } = await client.query<{ kind: string }>(
      `select kind from mail_outbox where "to" = $1 order by created_at, id`,
      [to],
    );
    return rows.map((row) => row.kind);
  } finally {
    await client.end();
  }
}
