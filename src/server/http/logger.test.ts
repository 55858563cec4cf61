import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger';

describe('loggerOptions', () => {
  it('logs method and path only: no address, no headers, no query', () => {
    const options = loggerOptions('info');
    if (typeof options !== 'object' || options === null || !('serializers' in options)) throw new Error('no serializers');
    const serialize = options.serializers?.req as (request: unknown) => unknown;
    const logged = serialize({
      method: 'GET',
      url: '/api/v1/manage/submissions?q=Name%20of%20a%20resident',
      ip: '203.0.113.7',
      socket: { remoteAddress: '203.0.113.7' },
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(logged).toEqual({ method: 'GET', path: '/api/v1/manage/submissions' });
    expect(JSON.stringify(logged)).not.toContain('203.0.113.7');
  });
});
