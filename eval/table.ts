/** A plain-text table with aligned columns: the first left-aligned, the rest right-aligned (numbers). */
export function alignedTable(header: readonly string[], cells: readonly string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: readonly string[]) =>
    values.map((value, column) =>
      column === 0 ? value.padEnd(widths[0]!) : value.padStart(widths[column]!),
    );
  return [line(header), widths.map((width) => "-".repeat(width)), ...cells.map(line)]
    .map((values) => values.join(" | "))
    .join("\n");
}
