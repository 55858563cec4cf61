import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/free-port';

/*
 * The real server as a child process on 127.0.0.1, started the way production starts it: the built
 * server (dist/server/main.js) when there is one, with the Node flags of `npm run serve` (package.json;
 * BENCH_NODE_FLAGS replaces them), else src/server/main.ts through tsx. Its memory is
 * read from /proc: VmHWM is the peak resident set, and writing 5 to clear_refs starts a new peak, so
 * each phase gets its own figure.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = path.join(ROOT, 'dist', 'server', 'main.js');

/** The flags between `node` and the entry in package.json's serve script, e.g. `--max-semi-space-size=2`. */
export function serveNodeFlags(): string[] {
  if (process.env.BENCH_NODE_FLAGS !== undefined) return process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean);
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const flags = /^node\s+(.*?)\s*dist\/server\/main\.js$/.exec(scripts.serve ?? '')?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly command: string,
    private readonly output: string[],
  ) {}

  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const port = await freePort();
    // BENCH_SERVER_ENTRY: any other built entry (e.g. a bundle made to compare with the tsx start).
    const entry = process.env.BENCH_SERVER_ENTRY ?? (existsSync(BUILT) ? BUILT : undefined);
    const args = entry ? [...serveNodeFlags(), entry] : ['--import', 'tsx', 'src/server/main.ts'];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const output: string[] = [];
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const server = new ServerProcess(child, port, `node ${args.join(' ')}`, output);
    await server.waitUntilHealthy();
    return server;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Peak resident set since the last reset, in bytes. */
  peakRss(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
    return kb * 1024;
  }

  /** Starts a new peak (Linux: clear_refs 5); false where that is not allowed. */
  resetPeakRss(): boolean {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  private async waitUntilHealthy(): Promise<void> {
    for (let waited = 0; waited < 90_000; waited += 100) {
      if (this.child.exitCode !== null) throw new Error(`Server exited during start:\n${this.output.join('')}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await this.stop();
    throw new Error(`Server did not become healthy:\n${this.output.join('')}`);
  }
}
