import { readdirSync } from "node:fs";
import type { BenchRow } from "./row.ts";

const rowsDirectory = new URL("../rows/", import.meta.url);

/** Every file in bench/rows/ exports one `row`; adding a file adds a row. Sorted by file name. */
export async function loadRows(): Promise<BenchRow[]> {
  const files = readdirSync(rowsDirectory)
    .filter((file) => file.endsWith(".ts"))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const module = (await import(new URL(file, rowsDirectory).href)) as { row?: BenchRow };
    if (!module.row) throw new Error(`bench/rows/${file} does not export a \`row\`.`);
    rows.push(module.row);
  }
  return rows;
}
