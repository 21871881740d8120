import type pg from "pg";

/** One measured endpoint: the real route, and the same SQL run by hand for the raw baseline. */
export type SqlRow = {
  method: "GET";
  /** Path and query string, as requested from the real server. */
  path: string;
  /** Runs the endpoint's SQL straight through `pg` and returns what the raw route answers as JSON. */
  raw(pool: pg.Pool): Promise<unknown>;
};

/**
 * A public endpoint requested with credentials; its baseline is the same path requested anonymously in the
 * same run, so its ratio is the cost of authentication (authenticated req/s ÷ anonymous req/s).
 */
export type AuthenticatedRow = {
  method: "GET";
  path: string;
  /** `token`: an admin API token as `Authorization: Bearer`; `session`: a signed-in user's session cookie. */
  auth: "token" | "session";
};

export type BenchRow = SqlRow | AuthenticatedRow;

export const isSqlRow = (row: BenchRow): row is SqlRow => "raw" in row;

const authLabel = { token: "Bearer token", session: "session cookie" } as const;

export const rowName = (row: BenchRow) =>
  isSqlRow(row) ? `${row.method} ${row.path}` : `${row.method} ${row.path} (${authLabel[row.auth]})`;
