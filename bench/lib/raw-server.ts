import Fastify from "fastify";
import type pg from "pg";
import type { SqlRow } from "./row.ts";

export type RawServer = { urlOf(row: SqlRow): string; close(): Promise<void> };

/**
 * A bare Fastify (no plugins) answering each row's raw SQL as JSON: the floor the real routes are held to.
 * `paramsOf` gives each row the values of its path's placeholders.
 */
export async function startRawServer(
  rows: SqlRow[],
  pool: pg.Pool,
  port: number,
  paramsOf: (row: SqlRow) => Record<string, string> = () => ({}),
): Promise<RawServer> {
  const app = Fastify({ logger: false });
  rows.forEach((row, index) => {
    const params = paramsOf(row);
    app.get(`/raw/${index}`, async () => row.raw(pool, params));
  });
  await app.listen({ host: "127.0.0.1", port });
  return {
    urlOf(row) {
      const index = rows.indexOf(row);
      const query = new URL(row.path, "http://localhost").search;
      return `http://127.0.0.1:${port}/raw/${index}${query}`;
    },
    close: () => app.close(),
  };
}
