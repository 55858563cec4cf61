import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, PROJECT_ROOT, readConfig } from './config';

describe('readConfig', () => {
  it('has working defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', seed: 'erfurt', rateLimitMax: 600, receiptRateLimitMax: 30, databaseUrl: undefined });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.staticDir).toBe(path.join(PROJECT_ROOT, 'dist', 'client'));
    expect(config.seedsDir).toBe(path.join(PROJECT_ROOT, 'seeds'));
  });

  it('reads the environment and lower-cases the admin e-mail', () => {
    const config = readConfig({
      PORT: '9000',
      DATA_DIR: '/tmp/qs',
      ADMIN_EMAIL: 'Admin@Example.org',
      ADMIN_PASSWORD: 'pw',
      DATABASE_URL: 'postgres://u:p@localhost/qs',
      RATE_LIMIT_MAX: '5',
    });
    expect(config).toMatchObject({ port: 9000, dataDir: '/tmp/qs', adminEmail: 'admin@example.org', rateLimitMax: 5 });
    expect(config.databaseUrl).toBe('postgres://u:p@localhost/qs');
  });

  it('refuses settings that cannot work', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
    expect(() => readConfig({ ADMIN_EMAIL: 'a@example.org' })).toThrow(/together/);
    expect(() => readConfig({ SEED: '../etc' })).toThrow(/SEED/);
  });

  it('reads TRUST_PROXY as a number of proxies and refuses "true", which would trust the client', () => {
    expect(readConfig({}).trustProxy).toBe(0);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/number of reverse proxies.*usually 1/);
    expect(() => readConfig({ TRUST_PROXY: 'yes' })).toThrow(ConfigError);
    expect(() => readConfig({ TRUST_PROXY: '-1' })).toThrow(ConfigError);
    expect(() => readConfig({ TRUST_PROXY: '11' })).toThrow(ConfigError);
  });

  it('reads TRUST_PROXY as the proxies\' addresses too', () => {
    expect(readConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,fd00::/8,loopback' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8', 'loopback']);
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/10\.0\.0\.0\/33/);
    expect(() => readConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(ConfigError);
  });
});
