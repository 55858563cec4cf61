// @ts-check
// The release path, as an operator walks it (README, "Production"): the build and the package files in an
// empty folder, `npm ci --omit=dev`, plain `node dist/server/main.js`. Checks the health route and the
// start page, prints the startup time (spawn → first 200) and what the start page costs over the wire.
// Needs a finished `npm run build`; run from the project: `node .ci/release-check.mjs`.
// CI splits it in two, because the install needs only the package files and mostly waits on the registry:
// `node .ci/release-check.mjs --prepare <dir>` installs there (beside CI's own npm ci), and
// `node .ci/release-check.mjs --in <dir>` later copies the build in and checks (then removes <dir>).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_FILES = ['package.json', 'package-lock.json'];
const BUILD = ['dist/client', 'dist/server', 'seeds'];
// Packages only the build needs: their absence proves the install really left the dev dependencies out.
const DEV_ONLY = ['vite', 'tsx', 'react', '@ionic/react', 'vitest'];
const START_TIMEOUT_MS = 60_000;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  throw new Error(`release check: ${message}`);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A raw GET (node:http does not decompress), so the check sees what went over the wire.
 * @param {number} port
 * @param {string} url
 * @param {string} [encoding]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
function get(port, url, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding ? { 'accept-encoding': encoding } : {};
    const req = request({ host: '127.0.0.1', port, path: url, headers }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** @param {string} cwd @param {string[]} args */
function npm(cwd, args) {
  const started = performance.now();
  // JOBS: node-gyp compiles better-sqlite3's two translation units side by side.
  const result = spawnSync('npm', args, { cwd, stdio: 'inherit', env: { JOBS: 'max', ...process.env } });
  if (result.status !== 0) fail(`npm ${args.join(' ')} failed (${result.status})`);
  return Math.round(performance.now() - started);
}

/**
 * @param {string} dir
 * @param {number} port
 */
async function startServer(dir, port) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn', ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'release-check-password' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  while (performance.now() - started < START_TIMEOUT_MS) {
    if (child.exitCode !== null) fail(`the server exited during start (${child.exitCode}):\n${output}`);
    const health = await get(port, '/api/v1/health').catch(() => undefined);
    if (health?.status === 200) return { child, health, startupMs: Math.round(performance.now() - started), output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  fail(`no 200 from /api/v1/health within ${START_TIMEOUT_MS} ms:\n${output}`);
}

/** Every file the start page loads before it can render, by its own references, plus worker and catalog. */
function startPageAssets(/** @type {string} */ html) {
  const referenced = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
  return ['/', ...referenced.filter((url) => !url.endsWith('.png')), '/sw.js', '/api/v1/quarters', '/api/v1/topics'];
}

/** @param {number} port */
async function checkCompression(port) {
  const shell = await get(port, '/', 'br');
  if (shell.status !== 200 || !String(shell.headers['content-type']).startsWith('text/html')) fail(`/ answered ${shell.status} ${shell.headers['content-type']}`);
  if (shell.headers['content-encoding'] !== 'br') fail('/ did not come brotli-compressed');
  const html = brotliDecompressSync(shell.body).toString('utf8');
  if (!html.includes('<div id="root">')) fail('/ is not the app shell');

  /** @type {Array<{ url: string, plain: number, gzip: number, br: number }>} */
  const rows = [];
  for (const url of startPageAssets(html)) {
    const [plain, gzip, br] = await Promise.all([get(port, url), get(port, url, 'gzip'), get(port, url, 'gzip, deflate, br')]);
    if (plain.status !== 200) fail(`${url} answered ${plain.status}`);
    if (br.headers['content-encoding'] !== 'br' || gzip.headers['content-encoding'] !== 'gzip') fail(`${url} is not compressed`);
    if (!/accept-encoding/i.test(String(br.headers.vary))) fail(`${url} has no Vary: Accept-Encoding`);
    rows.push({ url, plain: plain.body.length, gzip: gzip.body.length, br: br.body.length });
  }
  const total = (/** @type {'plain' | 'gzip' | 'br'} */ key) => rows.reduce((sum, row) => sum + row[key], 0);
  rows.push({ url: 'total', plain: total('plain'), gzip: total('gzip'), br: total('br') });
  console.log('\nStart page over the wire (bytes):');
  console.table(rows.map((row) => ({ ...row, 'br/plain': `${((100 * row.br) / row.plain).toFixed(1)} %` })));
}

/** The operator's install: the package files and `npm ci --omit=dev`; returns how long the install took. */
async function install(/** @type {string} */ dir) {
  for (const entry of PACKAGE_FILES) await cp(path.join(ROOT, entry), path.join(dir, entry));
  const installMs = npm(dir, ['ci', '--omit=dev', '--no-audit', '--no-fund']);
  const present = DEV_ONLY.filter((name) => existsSync(path.join(dir, 'node_modules', name)));
  if (present.length > 0) fail(`dev dependencies installed: ${present.join(', ')}`);
  return installMs;
}

async function main() {
  const [mode, given] = process.argv.slice(2);
  if (mode === '--prepare') {
    if (!given) fail('--prepare needs a folder');
    await mkdir(given, { recursive: true });
    console.log(`npm ci --omit=dev: ${await install(given)} ms; Node ${process.version}`);
    return;
  }
  if (mode !== undefined && mode !== '--in') fail(`unknown argument ${mode}; use --prepare <dir>, --in <dir> or nothing`);
  if (mode === '--in' && !given) fail('--in needs a folder');
  for (const file of ['dist/client/index.html', 'dist/server/main.js']) {
    if (!existsSync(path.join(ROOT, file))) fail(`${file} is missing; run "npm run build" first`);
  }
  const dir = given ?? (await mkdtemp(path.join(tmpdir(), 'qs-release-')));
  try {
    const installMs = given ? undefined : await install(dir);
    if (given && !existsSync(path.join(dir, 'node_modules'))) fail(`${dir} has no node_modules; run --prepare first`);
    for (const entry of BUILD) await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });

    const port = await freePort();
    const server = await startServer(dir, port);
    try {
      const health = JSON.parse(server.health.body.toString('utf8'));
      if (health.status !== 'ok' || !String(server.health.headers['content-type']).includes('application/json')) fail(`health: ${server.health.body}`);
      await checkCompression(port);
      const admin = spawnSync(process.execPath, ['dist/server/admin.js', 'list'], { cwd: dir, env: { ...process.env, DATA_DIR: path.join(dir, 'data') }, encoding: 'utf8' });
      if (admin.status !== 0 || !admin.stdout.includes('admin@example.org')) fail(`admin CLI: ${admin.stdout}${admin.stderr}`);
      const ready = server.output().match(/ready in (\d+) ms/)?.[1];
      if (installMs !== undefined) console.log(`\nnpm ci --omit=dev: ${installMs} ms; Node ${process.version}`);
      console.log(`startup: spawn → first 200 of /api/v1/health in ${server.startupMs} ms (the server's own log: ready in ${ready ?? '?'} ms)`);
    } finally {
      server.child.kill('SIGTERM');
      const code = await new Promise((resolve) => server.child.once('exit', resolve));
      if (code !== 0) fail(`the server exited with ${code} on SIGTERM:\n${server.output()}`);
    }
    console.log('release check passed');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
