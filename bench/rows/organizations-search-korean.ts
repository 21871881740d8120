import type { BenchRow } from "../lib/row.ts";
import { searchSql } from "../lib/search-sql.ts";

// A Korean query that reaches English-only records: 반도체 (semiconductors).
const sql = searchSql("반도체");

export const row: BenchRow = {
  method: "GET",
  path: `/api/v1/organizations?q=${encodeURIComponent("반도체")}`,
  async raw(pool) {
    const [items, count] = await Promise.all([
      pool.query(sql.page, sql.params),
      pool.query(sql.total, sql.params),
    ]);
    return { items: items.rows, total: count.rows[0]?.n ?? 0 };
  },
};
