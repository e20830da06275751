/**
 * One row of the benchmark's table: a figure beside the yardstick it was measured against in the same
 * run, and the goal for it when there is one. The machines are noisy, so the ratio is what
 * carries meaning; the absolute figures say what this machine did today.
 */
export interface BenchRow {
  readonly section: string;
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly yardstick?: { readonly name: string; readonly value: number };
  /** value / yardstick, or yardstick / value for latencies (so that higher is always better). */
  readonly ratio?: number;
  readonly goal?: string;
  readonly met?: boolean;
}

export const higherIsBetter = (value: number, yardstick: number) => value / yardstick;
export const lowerIsBetter = (value: number, yardstick: number) => yardstick / value;

export function printTable(rows: readonly BenchRow[]): void {
  const header = ['section', 'figure', 'value', 'yardstick', 'ratio', 'goal', 'met'];
  const lines = rows.map((row) => [
    row.section,
    row.figure,
    `${format(row.value)} ${row.unit}`,
    row.yardstick ? `${row.yardstick.name}: ${format(row.yardstick.value)}` : '',
    row.ratio === undefined ? '' : row.ratio.toFixed(2),
    row.goal ?? '',
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const render = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  console.log(render(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(render(line));
}

function format(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US').replaceAll(',', ' ');
  return value.toFixed(2);
}

/** Wall time of `run` in milliseconds, with its value. */
export async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

/** Percentile of sorted or unsorted samples (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
