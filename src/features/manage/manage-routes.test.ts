import { describe, expect, it } from 'vitest';
import { managePaths, matchManageRoute } from './manage-routes';

describe('manager area routes', () => {
  it('matches every screen and its own links', () => {
    expect(matchManageRoute('/verwaltung')).toEqual({ name: 'inbox' });
    expect(matchManageRoute('/verwaltung/')).toEqual({ name: 'inbox' });
    expect(matchManageRoute(managePaths.item('a b'))).toEqual({ name: 'item', id: 'a b' });
    expect(matchManageRoute(managePaths.interests)).toEqual({ name: 'interests' });
    expect(matchManageRoute(managePaths.interestsOf('beispiel-sprachcafe'))).toEqual({ name: 'interestsOf', id: 'beispiel-sprachcafe' });
    expect(matchManageRoute(managePaths.content)).toEqual({ name: 'content' });
    expect(matchManageRoute(managePaths.centre('neu'))).toEqual({ name: 'centre', id: 'neu' });
    expect(matchManageRoute(managePaths.opportunity('x-1'))).toEqual({ name: 'opportunity', id: 'x-1' });
    expect(matchManageRoute(managePaths.figures)).toEqual({ name: 'figures' });
    expect(matchManageRoute(managePaths.users)).toEqual({ name: 'users' });
  });

  it('knows nothing else', () => {
    for (const path of ['/verwaltung/eingang', '/verwaltung/eingang/a/b', '/verwaltung/x', '/mehr', '/verwaltung/inhalte/orte', '/verwaltung/engagement/a/b']) {
      expect(matchManageRoute(path)).toEqual({ name: 'notFound' });
    }
  });
});
