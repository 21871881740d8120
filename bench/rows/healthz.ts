import type { BenchRow } from "../lib/row.ts";

export const row: BenchRow = {
  method: "GET",
  path: "/healthz",
  async raw(pool) {
    await pool.query("select 1");
    return { status: "ok" };
  },
};
