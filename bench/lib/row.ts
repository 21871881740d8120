import type pg from "pg";

/** One measured endpoint: the real route, and the same SQL run by hand for the raw baseline. */
export type BenchRow = {
  method: "GET";
  /** Path and query string, as requested from the real server. */
  path: string;
  /** Runs the endpoint's SQL straight through `pg` and returns what the raw route answers as JSON. */
  raw(pool: pg.Pool): Promise<unknown>;
};

export const rowName = (row: BenchRow) => `${row.method} ${row.path}`;
