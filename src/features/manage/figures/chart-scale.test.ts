import { describe, expect, it } from 'vitest';
import { layoutBars, niceMax, pivot, ticks, totals } from './chart-scale';

describe('chart scaling', () => {
  it('rounds the axis end up to a nice number', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(-3)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(13)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(420)).toBe(500);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
  });

  it('lays out bars proportionally to the axis end, never negative', () => {
    const layout = layoutBars(
      [
        { label: 'a', value: 10 },
        { label: 'b', value: 5 },
        { label: 'c', value: -1 },
      ],
      200,
      30,
    );
    expect(layout.end).toBe(10);
    expect(layout.height).toBe(90);
    expect(layout.bars.map((b) => [b.y, b.length])).toEqual([
      [0, 200],
      [30, 100],
      [60, 0],
    ]);
    expect(layoutBars([], 100, 10)).toEqual({ end: 1, height: 0, bars: [] });
  });
});

describe('data tables', () => {
  const rows = [
    { quarterId: 'altstadt', month: '2024-02', count: 3 },
    { quarterId: 'altstadt', month: '2024-01', count: 1 },
    { quarterId: 'herrenberg', month: '2024-02', count: 7 },
  ];

  it('pivots month series into a table with zeros and totals', () => {
    const table = pivot(rows, (r) => r.quarterId, (r) => r.month, (r) => r.count);
    expect(table.columns).toEqual(['2024-01', '2024-02']);
    expect(table.rows).toEqual([
      { key: 'herrenberg', cells: [0, 7], total: 7 },
      { key: 'altstadt', cells: [1, 3], total: 4 },
    ]);
    expect(table.columnTotals).toEqual([1, 10]);
  });

  it('sums per key, largest first', () => {
    expect(totals(rows, (r) => r.month, (r) => r.count)).toEqual([
      { label: '2024-02', value: 10 },
      { label: '2024-01', value: 1 },
    ]);
  });
});
