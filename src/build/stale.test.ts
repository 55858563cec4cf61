import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partsFrom, readInputTimes, staleReason, whyStale, writeStamp } from './stale.mjs';

describe('staleReason', () => {
  const stamp = { inputs: { 'src/a.ts': 1000, 'index.html': 2000 } };

  it('wants a first build', () => {
    expect(staleReason(undefined, { 'src/a.ts': 1000 })).toBe('not built yet');
  });

  it('is fresh when every input has the time it had when the build started', () => {
    expect(staleReason(stamp, { 'index.html': 2000, 'src/a.ts': 1000 })).toBeUndefined();
  });

  it('names a changed file, whether its time moved forward or back (a checkout of an older version)', () => {
    expect(staleReason(stamp, { 'src/a.ts': 1500, 'index.html': 2000 })).toBe('src/a.ts changed');
    expect(staleReason(stamp, { 'src/a.ts': 500, 'index.html': 2000 })).toBe('src/a.ts changed');
  });

  it('names an added and a removed file', () => {
    expect(staleReason(stamp, { ...stamp.inputs, 'src/b.ts': 3000 })).toBe('src/b.ts was added');
    expect(staleReason(stamp, { 'src/a.ts': 1000 })).toBe('index.html was removed');
  });
});

describe('partsFrom', () => {
  it('takes named parts, all by default, and refuses others', () => {
    expect(partsFrom([])).toEqual(['client', 'server']);
    expect(partsFrom(['server'])).toEqual(['server']);
    expect(() => partsFrom(['docs'])).toThrow(/Unknown part "docs"/);
  });
});

describe('on a project folder', () => {
  let root: string;
  const write = async (file: string, text = 'x') => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };
  const touch = (file: string, seconds: number) => utimes(path.join(root, file), seconds, seconds);

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'qs-stale-'));
    await write('src/app/App.tsx');
    await write('src/app/App.test.tsx');
    await write('src/app/.App.tsx.swp');
    await write('src/vite-env.d.ts');
    await write('src/shared/limits.ts');
    await write('src/server/main.ts');
    await write('i18n/de/common.json');
    await write('seeds/erfurt/topics.json');
    await write('package-lock.json');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads each part from its own sources, without tests, dotfiles, declarations or run-time data', async () => {
    expect(Object.keys(await readInputTimes(root, 'client')).sort()).toEqual([
      'i18n/de/common.json',
      'package-lock.json',
      'src/app/App.tsx',
      'src/shared/limits.ts',
    ]);
    expect(Object.keys(await readInputTimes(root, 'server')).sort()).toEqual([
      'package-lock.json',
      'src/server/main.ts',
      'src/shared/limits.ts',
    ]);
  });

  it('builds when the output is missing, then only after a source changed', async () => {
    expect(await whyStale(root, 'server')).toBe('dist/server/main.js is missing');
    await write('dist/server/main.js');
    expect(await whyStale(root, 'server')).toBe('not built yet');

    await writeStamp(root, 'server', await readInputTimes(root, 'server'));
    expect(await whyStale(root, 'server')).toBeUndefined();

    // A test, a seed or a client file changing does not rebuild the server.
    await touch('src/server/main.ts', 1_700_000_000);
    await writeStamp(root, 'server', await readInputTimes(root, 'server'));
    await write('src/app/App.tsx', 'changed');
    await write('seeds/erfurt/topics.json', 'changed');
    await write('src/app/App.test.tsx', 'changed');
    expect(await whyStale(root, 'server')).toBeUndefined();

    await touch('src/shared/limits.ts', 1_800_000_000);
    expect(await whyStale(root, 'server')).toBe('src/shared/limits.ts changed');
    expect(await whyStale(root, 'client')).toBe('dist/client/index.html is missing');
  });

  it('sees added and removed sources', async () => {
    await write('dist/client/index.html');
    await writeStamp(root, 'client', await readInputTimes(root, 'client'));
    expect(await whyStale(root, 'client')).toBeUndefined();
    await write('public/icons/new.svg');
    expect(await whyStale(root, 'client')).toBe('public/icons/new.svg was added');
    await writeStamp(root, 'client', await readInputTimes(root, 'client'));
    await rm(path.join(root, 'i18n', 'de', 'common.json'));
    expect(await whyStale(root, 'client')).toBe('i18n/de/common.json was removed');
  });
});
