import { describe, expect, it } from 'vitest';
import { HttpError } from '../../offline/http';
import { manageErrorMessage } from './manage-errors';

const refused = (status: number, code: string, retryAfterMs = 0) => new HttpError('http', status, code, 'x', retryAfterMs);

describe('manageErrorMessage', () => {
  it('says the credentials are wrong on a 401 at login, and that the session ended elsewhere', () => {
    const error = refused(401, 'unauthorized');
    expect(manageErrorMessage(error, 'login')).toEqual({ key: 'manage:login.badCredentials' });
    expect(manageErrorMessage(error, 'inbox')).toEqual({ key: 'manage:sessionExpired' });
  });

  it('names the waiting time of a lock-out in whole minutes, at least one', () => {
    expect(manageErrorMessage(refused(429, 'locked_out', 900_000), 'login')).toEqual({ key: 'manage:login.lockedOutFor', options: { count: 15 } });
    expect(manageErrorMessage(refused(429, 'locked_out', 5_000), 'login').options).toEqual({ count: 1 });
    expect(manageErrorMessage(refused(429, 'locked_out'), 'login')).toEqual({ key: 'errors:locked_out' });
  });

  it('maps known codes, no connection, no answer and unknown failures', () => {
    expect(manageErrorMessage(refused(429, 'rate_limited', 10_000), 'inbox')).toEqual({ key: 'errors:rate_limited' });
    expect(manageErrorMessage(refused(403, 'csrf'), 'inbox')).toEqual({ key: 'errors:csrf' });
    expect(manageErrorMessage(HttpError.from({ kind: 'offline' }), 'login')).toEqual({ key: 'errors:offline' });
    expect(manageErrorMessage(HttpError.from({ kind: 'network' }), 'login')).toEqual({ key: 'errors:network' });
    expect(manageErrorMessage(HttpError.from({ kind: 'timeout' }), 'inbox')).toEqual({ key: 'errors:network' });
    expect(manageErrorMessage(HttpError.from({ kind: 'bad_answer', status: 200 }), 'inbox')).toEqual({ key: 'errors:internal' });
    expect(manageErrorMessage(new Error('boom'), 'inbox')).toEqual({ key: 'errors:internal' });
  });
});
