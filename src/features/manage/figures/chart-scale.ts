// Pure helpers behind the figures' SVG bar charts and their data tables.

/** The smallest "nice" axis end (1, 2, 2.5, 5 × 10ⁿ) at or above `max`; 1 when there is nothing to show. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/** Evenly spaced tick values from 0 to `end` inclusive. */
export function ticks(end: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => Math.round(((end * i) / count) * 1000) / 1000);
}

export interface Bar {
  label: string;
  value: number;
}

export interface PlacedBar extends Bar {
  y: number;
  length: number;
}

/** Horizontal bars: each row gets `rowHeight`, bar lengths scale to `plotWidth` against a nice axis end. */
export function layoutBars(bars: readonly Bar[], plotWidth: number, rowHeight: number): { end: number; bars: PlacedBar[]; height: number } {
  const end = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  return {
    end,
    height: bars.length * rowHeight,
    bars: bars.map((bar, index) => ({ ...bar, y: index * rowHeight, length: (Math.max(0, bar.value) / end) * plotWidth })),
  };
}

export interface Pivot {
  columns: string[];
  rows: Array<{ key: string; cells: number[]; total: number }>;
  columnTotals: number[];
}

/**
 * Rows like `{quarterId, month, count}` as a table: one row per `rowOf`, one column per `columnOf`
 * (sorted), missing cells 0, with totals — the data table under each chart.
 */
export function pivot<T>(items: readonly T[], rowOf: (item: T) => string, columnOf: (item: T) => string, valueOf: (item: T) => number): Pivot {
  const columns = [...new Set(items.map(columnOf))].sort();
  const byRow = new Map<string, number[]>();
  for (const item of items) {
    const cells = byRow.get(rowOf(item)) ?? columns.map(() => 0);
    const index = columns.indexOf(columnOf(item));
    cells[index] = (cells[index] ?? 0) + valueOf(item);
    byRow.set(rowOf(item), cells);
  }
  const rows = [...byRow.entries()].map(([key, cells]) => ({ key, cells, total: cells.reduce((a, b) => a + b, 0) })).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  return { columns, rows, columnTotals: columns.map((_, i) => rows.reduce((sum, row) => sum + (row.cells[i] ?? 0), 0)) };
}

/** Sums per key, largest first — the bars of a chart whose table is a pivot. */
export function totals<T>(items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => number): Bar[] {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(keyOf(item), (sums.get(keyOf(item)) ?? 0) + valueOf(item));
  return [...sums.entries()].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}
