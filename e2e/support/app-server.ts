import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Set by the global setup to a private copy of dist/client; the server serves that instead of the live folder. */
export const STATIC_DIR_ENV = 'QS_E2E_STATIC_DIR';
export const ADMIN_EMAIL = 'admin@example.org';
// Only ever used against a throwaway DATA_DIR on 127.0.0.1.
export const ADMIN_PASSWORD = 'e2e-Admin-Passwort-2024!';

// Starting includes migrations and the seed load; generous for a busy 2-core CI box.
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const LOG_LINES_KEPT = 200;

/** The production artifact the journeys start, as an operator would: `node dist/server/main.js`. */
export const SERVER_MAIN = join(REPO_ROOT, 'dist', 'server', 'main.js');

/** Fails fast and clearly when `npm run build` has not been run, instead of a blank page in every journey. */
export function assertBuilt(): void {
  for (const file of [join(REPO_ROOT, 'dist', 'client', 'index.html'), SERVER_MAIN]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing. Build first: "npm run build" (npm test does it before test:e2e).`);
    }
  }
}

/**
 * The real server, built (`dist/server/main.js`), as a child process on 127.0.0.1, with its own fresh DATA_DIR.
 * `restart()` keeps DATA_DIR and port, so crash tests see the same data and the fault proxy keeps its upstream.
 */
export class AppServer {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private readonly logLines: string[] = [];

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly extraEnv: Readonly<Record<string, string>>,
  ) {}

  static async create(extraEnv: Readonly<Record<string, string>> = {}): Promise<AppServer> {
    if (process.env[STATIC_DIR_ENV] === undefined) assertBuilt();
    const dataDir = await mkdtemp(join(tmpdir(), 'qs-e2e-data-'));
    const server = new AppServer(await freePort(), dataDir, extraEnv);
    await server.start();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** The last lines the server printed — attach them to failure messages. */
  output(): string {
    return this.logLines.join('\n');
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('Server is already running.');
    // `node` itself, not `npm run serve`: one process, so the pid we kill is the server itself.
    const child = spawn(process.execPath, [SERVER_MAIN], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        SEED: 'erfurt',
        STATIC_DIR: process.env[STATIC_DIR_ENV] ?? join(REPO_ROOT, 'dist', 'client'),
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolveExit) => child.once('exit', () => resolveExit()));
    const keep = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        this.logLines.push(line);
        if (process.env.QS_E2E_SERVER_LOG === '1') process.stderr.write(`[server:${this.port}] ${line}\n`);
      }
      if (this.logLines.length > LOG_LINES_KEPT) this.logLines.splice(0, this.logLines.length - LOG_LINES_KEPT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    await this.waitUntilHealthy(child);
  }

  /** SIGTERM (graceful) or SIGKILL (a crash: no shutdown hooks run). Resolves once the process is gone. */
  async stop(options: { signal?: 'SIGTERM' | 'SIGKILL' } = {}): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill(options.signal ?? 'SIGTERM');
    const gone = await Promise.race([this.exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!gone) {
      child.kill('SIGKILL');
      await this.exited;
    }
    this.child = undefined;
  }

  async restart(options: { signal?: 'SIGTERM' | 'SIGKILL' } = {}): Promise<void> {
    await this.stop(options);
    await this.start();
  }

  /** Stops the server and deletes its DATA_DIR (kept when QS_E2E_KEEP_DATA=1, for post-mortems). */
  async dispose(): Promise<void> {
    await this.stop();
    if (process.env.QS_E2E_KEEP_DATA !== '1') await rm(this.dataDir, { recursive: true, force: true });
  }

  private async waitUntilHealthy(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    let lastProblem = 'no answer yet';
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `Server exited during start (code ${String(child.exitCode)}, signal ${String(child.signalCode)}).\n` +
            `--- server output ---\n${this.output()}`,
        );
      }
      try {
        const response = await fetch(`${this.url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
        lastProblem = `health answered ${response.status}`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
      await sleep(100);
    }
    await this.stop({ signal: 'SIGKILL' });
    throw new Error(
      `Server did not become healthy within ${START_TIMEOUT_MS / 1000} s (${lastProblem}).\n` +
        `--- server output ---\n${this.output()}`,
    );
  }
}
