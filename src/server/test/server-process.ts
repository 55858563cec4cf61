import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../config';
import { freePort } from '../../../e2e/support/free-port';

// The real entry point (src/server/main.ts through tsx, as `npm run serve` runs it) as a child
// process on 127.0.0.1 with its own port, for tests that need whole server processes.

const MAIN = path.join(PROJECT_ROOT, 'src', 'server', 'main.ts');

export interface ServerProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', STATIC_DIR: path.join(PROJECT_ROOT, 'no-static-build'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  // Migrations, seeds and a cold tsx compile on a busy machine: up to a minute.
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`server exited during start:\n${output}`);
    const healthy = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, output: () => output, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`server did not become healthy:\n${output}`);
}
