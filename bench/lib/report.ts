import { writeFileSync } from "node:fs";
import type { Machine } from "./machine.ts";

/** One row of bench/results.json (contract §7). */
export type ResultRow = {
  name: string;
  p50Ms: number;
  p95Ms: number;
  rps: number;
  rawRps: number;
  ratio: number;
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function resultRow(name: string, real: { p50Ms: number; p95Ms: number; rps: number }, rawRps: number) {
  return {
    name,
    p50Ms: round(real.p50Ms, 2),
    p95Ms: round(real.p95Ms, 2),
    rps: round(real.rps, 1),
    rawRps: round(rawRps, 1),
    ratio: round(real.rps / rawRps, 3),
  } satisfies ResultRow;
}

export function printTable(rows: ResultRow[]): void {
  const header = ["name", "p50 ms", "p95 ms", "req/s", "raw req/s", "ratio"];
  const cells = rows.map((row) => [
    row.name,
    row.p50Ms.toFixed(2),
    row.p95Ms.toFixed(2),
    row.rps.toFixed(0),
    row.rawRps.toFixed(0),
    row.ratio.toFixed(2),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column]!.length)),
  );
  const line = (cell: string[]) =>
    cell
      .map((text, column) => (column === 0 ? text.padEnd(widths[0]!) : text.padStart(widths[column]!)))
      .join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cell of cells) console.log(line(cell));
}

/** `extra`: further top-level keys (details that do not fit a row); §7 allows them beside machine and rows. */
export function writeResults(file: string, machine: Machine, rows: ResultRow[], extra: object = {}): void {
  writeFileSync(file, `${JSON.stringify({ machine, rows, ...extra }, null, 2)}\n`);
}
