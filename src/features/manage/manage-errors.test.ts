import { describe, expect, it } from 'vitest';
import { ManageApiError } from '../../offline/manage-api';
import { manageErrorMessage } from './manage-errors';

describe('manageErrorMessage', () => {
  it('says the credentials are wrong on a 401 at login, and that the session ended elsewhere', () => {
    const error = new ManageApiError(401, 'unauthorized', 'Bad credentials');
    expect(manageErrorMessage(error, 'login')).toEqual({ key: 'manage:login.badCredentials' });
    expect(manageErrorMessage(error, 'inbox')).toEqual({ key: 'manage:sessionExpired' });
  });

  it('names the waiting time of a lock-out in whole minutes, at least one', () => {
    expect(manageErrorMessage(new ManageApiError(429, 'locked_out', 'x', 900), 'login')).toEqual({
      key: 'manage:login.lockedOutFor',
      options: { count: 15 },
    });
    expect(manageErrorMessage(new ManageApiError(429, 'locked_out', 'x', 5), 'login').options).toEqual({ count: 1 });
    expect(manageErrorMessage(new ManageApiError(429, 'locked_out', 'x'), 'login')).toEqual({ key: 'errors:locked_out' });
  });

  it('maps known codes, no network and unknown failures', () => {
    expect(manageErrorMessage(new ManageApiError(429, 'rate_limited', 'x', 10), 'inbox')).toEqual({ key: 'errors:rate_limited' });
    expect(manageErrorMessage(new ManageApiError(403, 'csrf', 'x'), 'inbox')).toEqual({ key: 'errors:csrf' });
    expect(manageErrorMessage(new ManageApiError(0, 'offline', 'x'), 'login')).toEqual({ key: 'errors:offline' });
    expect(manageErrorMessage(new ManageApiError(0, 'network', 'x'), 'login')).toEqual({ key: 'errors:network' });
    expect(manageErrorMessage(new ManageApiError(200, 'bad_answer', 'x'), 'inbox')).toEqual({ key: 'errors:internal' });
    expect(manageErrorMessage(new Error('boom'), 'inbox')).toEqual({ key: 'errors:internal' });
  });
});
