import { describe, expect, it } from 'vitest';
import type { QuarterSummary } from '../../../offline/catalog';
import { canFilterByQuarter } from '../common/use-catalog';
import { activeFilterCount, apiParams, DEFAULT_VIEW, parseInboxSearch, toInboxSearch, withFilter } from './inbox-query';

describe('inbox view ↔ URL query', () => {
  it('round-trips every filter, the sort and the map view', () => {
    const search =
      '?kind=proposal&quarterId=altstadt&topicId=gruen&theme=volunteering&status=in_review&moderation=pending&hasPhoto=true&unread=false&from=2024-01-01&to=2024-02-01&q=B%C3%A4nke&sort=oldest&view=map';
    const view = parseInboxSearch(search);
    expect(view.filter).toEqual({
      kind: 'proposal',
      quarterId: 'altstadt',
      topicId: 'gruen',
      theme: 'volunteering',
      status: 'in_review',
      moderation: 'pending',
      hasPhoto: 'true',
      unread: 'false',
      from: '2024-01-01',
      to: '2024-02-01',
      q: 'Bänke',
    });
    expect(view.sort).toBe('oldest');
    expect(view.view).toBe('map');
    expect(toInboxSearch(view)).toBe(search);
  });

  it('drops invalid values and defaults instead of sending them', () => {
    const view = parseInboxSearch('?status=lost&kind=<script>&sort=random&view=3d&from=2024-13-40&hasPhoto=yes&q=%20%20');
    expect(view).toEqual(DEFAULT_VIEW);
    expect(toInboxSearch(view)).toBe('');
  });

  it('drops a quarter the manager does not have, so no hidden filter empties the list', () => {
    const mine = (quarterId: string) => quarterId === 'altstadt';
    expect(parseInboxSearch('?quarterId=herrenberg&status=received', mine).filter).toEqual({ status: 'received' });
    expect(toInboxSearch(parseInboxSearch('?quarterId=herrenberg', mine))).toBe('');
    expect(parseInboxSearch('?quarterId=altstadt', mine).filter).toEqual({ quarterId: 'altstadt' });
  });

  it('a manager may filter by their own quarters, an admin by any the catalog knows', () => {
    const all = [{ id: 'altstadt', name: 'Altstadt' }, { id: 'herrenberg', name: 'Herrenberg' }] as QuarterSummary[];
    const manager = canFilterByQuarter(all, { role: 'manager', quarterIds: ['altstadt'] });
    expect([manager('altstadt'), manager('herrenberg')]).toEqual([true, false]);
    const admin = canFilterByQuarter(all, { role: 'admin', quarterIds: [] });
    expect([admin('herrenberg'), admin('gone')]).toEqual([true, false]);
    expect(canFilterByQuarter([], { role: 'admin', quarterIds: [] })('gone')).toBe(true);
  });

  it('ignores an end date before the start date', () => {
    expect(parseInboxSearch('?from=2024-05-01&to=2024-04-01').filter).toEqual({ from: '2024-05-01' });
  });

  it('gives equal links for equal views whatever the parameter order', () => {
    expect(toInboxSearch(parseInboxSearch('?q=x&kind=feedback'))).toBe(toInboxSearch(parseInboxSearch('?kind=feedback&q=x')));
  });

  it('builds API parameters without the UI view, with the sort', () => {
    const view = { ...parseInboxSearch('?status=done&view=map&sort=most_supported'), view: 'map' as const };
    expect(apiParams(view)).toEqual({ status: 'done', sort: 'most_supported' });
    expect(apiParams(DEFAULT_VIEW)).toEqual({});
  });

  it('sets and clears one filter and counts the active ones', () => {
    const one = withFilter(DEFAULT_VIEW, 'status', 'received');
    expect(activeFilterCount(one)).toBe(1);
    expect(withFilter(one, 'status', '').filter).toEqual({});
    expect(DEFAULT_VIEW.filter).toEqual({});
  });
});
