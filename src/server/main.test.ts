import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './config';

// The real entry point in a child process, as an operator (or the e2e suite) starts it. Generous
// timeouts: starting tsx twice on a busy CI machine takes seconds.

const MAIN = path.join(PROJECT_ROOT, 'src', 'server', 'main.ts');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-main-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Running {
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
}

function start(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', STATIC_DIR: path.join(dir, 'no-build'), LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    stdout: () => out,
    stderr: () => err,
    exited,
    kill: (signal) => child.kill(signal),
    waitFor: async (pattern) => {
      for (let waited = 0; waited < 45_000; waited += 50) {
        const match = out.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`never printed ${pattern}; stdout: ${out}; stderr: ${err}`);
    },
  };
}

describe('main.ts', () => {
  it('starts, serves the API, prints a generated admin password once and stops on SIGTERM', async () => {
    const first = start({ DATA_DIR: dir });
    const [, port, readyMs] = await first.waitFor(/Quartiersstimme listening on http:\/\/localhost:(\d+) \(ready in (\d+) ms\)/);
    expect(Number(readyMs)).toBeGreaterThan(0);
    expect(first.stdout()).toMatch(/e-mail:\s+admin@localhost/);
    const password = first.stdout().match(/password: (\S+)/)?.[1] ?? '';
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'sqlite' });
    const loginResponse = await fetch(`http://127.0.0.1:${port}/api/v1/manage/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password }),
    });
    expect(loginResponse.status).toBe(200);
    first.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start({ DATA_DIR: dir });
    await second.waitFor(/listening/);
    expect(second.stdout()).not.toContain('password:');
    second.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 90_000);

  it('refuses to start with a broken seed and names file and field', async () => {
    const seeds = path.join(dir, 'seeds');
    await cp(path.join(PROJECT_ROOT, 'seeds', 'erfurt'), path.join(seeds, 'erfurt'), { recursive: true });
    const topicsFile = path.join(seeds, 'erfurt', 'topics.json');
    const topics = JSON.parse(await readFile(topicsFile, 'utf8')) as Array<Record<string, unknown>>;
    topics[3] = { ...topics[3], theme: 'parking' };
    await writeFile(topicsFile, JSON.stringify(topics));

    const broken = start({ DATA_DIR: path.join(dir, 'data'), SEEDS_DIR: seeds, ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'pw' });
    expect(await broken.exited).toBe(1);
    expect(broken.stderr()).toMatch(/Cannot start: .*erfurt\/topics\.json: \[3\]\.theme: Invalid option/);
  }, 60_000);

  it('serves Prometheus metrics on METRICS_PORT (loopback) and closes that port on SIGTERM', async () => {
    const running = start({ DATA_DIR: dir, METRICS_PORT: '0', ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'pw-for-the-test' });
    const [, port] = await running.waitFor(/listening on http:\/\/localhost:(\d+)/);
    const [, metricsUrl] = await running.waitFor(/Metrics for Prometheus at (http:\/\/127\.0\.0\.1:\d+\/metrics)/);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/ready`)).status).toBe(200);
    const text = await (await fetch(metricsUrl ?? '')).text();
    expect(text).toContain('qs_http_requests_total{method="GET",route="/api/v1/ready",status="200"} 1');
    expect(text).toMatch(/^qs_process_resident_memory_bytes /m);
    running.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    await expect(fetch(metricsUrl ?? '')).rejects.toThrow();
  }, 90_000);
});
