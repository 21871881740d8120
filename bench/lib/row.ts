import type pg from "pg";

/** One measured endpoint: the real route, and the same SQL run by hand for the raw baseline. */
export type SqlRow = {
  method: "GET";
  /**
   * Path and query string, as requested from the real server. `{name}` placeholders (ids, which differ
   * from run to run) are filled in from `params`; the row keeps the placeholder in its name.
   */
  path: string;
  /** Values for the path's placeholders, looked up once after the import. */
  params?(pool: pg.Pool): Promise<Record<string, string>>;
  /**
   * `token`: the real route needs a caller allowed to see it, so it is requested with the admin API token;
   * the raw baseline, like a hand-written endpoint behind its own check, answers without one.
   */
  auth?: "token";
  /** Runs the endpoint's SQL straight through `pg` and returns what the raw route answers as JSON. */
  raw(pool: pg.Pool, params: Record<string, string>): Promise<unknown>;
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
  row.auth ? `${row.method} ${row.path} (${authLabel[row.auth]})` : `${row.method} ${row.path}`;

/** The row's path with its `{name}` placeholders filled in. */
export function resolvePath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}
