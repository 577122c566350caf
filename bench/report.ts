// Order statistics and plain-text tables, shared by `npm run bench` and `npm run bench:ab`.

/** Nearest rank: p95 of 50 samples is the 48th smallest, a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  if (value === undefined) throw new Error('percentile of no samples');
  return value;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Columns padded to their widest cell; the columns listed in `rightAligned` padded on the left. */
export function table(rows: readonly (readonly string[])[], rightAligned: readonly number[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
