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

  it('reads PG_QUEUE_LIMIT: 100 waiting queries by default, 0 to never refuse for load', () => {
    expect(readConfig({}).pgQueueLimit).toBe(100);
    expect(readConfig({ PG_QUEUE_LIMIT: '0' }).pgQueueLimit).toBe(0);
    expect(readConfig({ PG_QUEUE_LIMIT: '250' }).pgQueueLimit).toBe(250);
    expect(() => readConfig({ PG_QUEUE_LIMIT: '-1' })).toThrow(/PG_QUEUE_LIMIT/);
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

describe('readiness and metrics settings', () => {
  it('leave metrics off and wait 2 s for the database unless told otherwise', () => {
    expect(readConfig({})).toMatchObject({ readyTimeoutMs: 2000, metricsPort: undefined, metricsHost: '127.0.0.1', metricsToken: undefined });
  });

  it('read the metrics port, host and token', () => {
    const token = 'a-token-of-twenty-chars';
    const config = readConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_TOKEN: token, READY_TIMEOUT_MS: '500' });
    expect(config).toMatchObject({ metricsPort: 9464, metricsHost: '0.0.0.0', metricsToken: token, readyTimeoutMs: 500 });
  });

  it('refuse a short token and a port that is not one', () => {
    expect(() => readConfig({ METRICS_TOKEN: 'secret' })).toThrow(/METRICS_TOKEN must be at least 16/);
    expect(() => readConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => readConfig({ READY_TIMEOUT_MS: '0' })).toThrow(/READY_TIMEOUT_MS/);
  });
});
