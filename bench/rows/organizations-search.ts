import type { BenchRow } from "../lib/row.ts";
import { searchSql } from "../lib/search-sql.ts";

// A cross-lingual query: "eyewear" also finds the Korean-only 안경 companies through the concept dictionary.
const sql = searchSql("eyewear");

export const row: BenchRow = {
  method: "GET",
  path: "/api/v1/organizations?q=eyewear",
  async raw(pool) {
    const [items, count] = await Promise.all([
      pool.query(sql.page, sql.params),
      pool.query(sql.total, sql.params),
    ]);
    return { items: items.rows, total: count.rows[0]?.n ?? 0 };
  },
};
