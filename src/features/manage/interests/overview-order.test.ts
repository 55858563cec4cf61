import { describe, expect, it } from 'vitest';
import { overviewRow } from '../../../test/manage-answers';
import { displayOrder, titleIn } from './overview-order';

const row = (id: string, open: number, unread: number, total: number, de: string, en = de) => overviewRow(id, { open, unread, total }, { title: { de, en } });

describe('the interest overview’s order', () => {
  it('puts the most open interest first, then the most new, then the most in total', () => {
    const rows = [row('a', 0, 0, 5, 'A'), row('b', 2, 0, 2, 'B'), row('c', 2, 1, 2, 'C'), row('d', 0, 0, 0, 'D'), row('e', 0, 1, 1, 'E')];
    expect(displayOrder(rows, 'de').map((r) => r.opportunityId)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('orders ties by the title in the manager’s language, with German umlauts where German puts them', () => {
    const rows = [row('x', 0, 0, 0, 'Zeitspende', 'Time bank'), row('y', 0, 0, 0, 'Ältere begleiten', 'Accompany older people'), row('z', 0, 0, 0, 'Baumpflanzung', 'Tree planting')];
    expect(displayOrder(rows, 'de').map((r) => r.opportunityId)).toEqual(['y', 'z', 'x']);
    expect(displayOrder(rows, 'en').map((r) => r.opportunityId)).toEqual(['y', 'x', 'z']);
  });

  it('reads a title in the language asked for, German when it has none', () => {
    expect(titleIn({ de: 'Lesepaten', en: 'Reading buddies', ar: 'رفاق القراءة' }, 'ar')).toBe('رفاق القراءة');
    expect(titleIn({ de: 'Lesepaten', en: 'Reading buddies' }, 'uk')).toBe('Lesepaten');
  });
});
