import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * A throwaway PostgreSQL cluster for the server tests: initdb in a temp folder, listening only on
 * 127.0.0.1 at a free port, trust auth, stopped and deleted afterwards. PostgreSQL refuses to run as
 * root, so as root (CI) it runs as the `postgres` user that Debian's package creates.
 */

export function findPostgresBin(): string | undefined {
  const fromEnv = process.env.QS_PG_BIN;
  if (fromEnv && existsSync(path.join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  /** A superuser URL for the `postgres` database; tests create one database each. */
  adminUrl: string;
  stop(): void;
}

export interface ClusterOptions {
  /** Keep PostgreSQL's crash-safe defaults (fsync, synchronous commit): for bench/, which measures them. */
  durable?: boolean;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string>;
}

export async function startCluster(bin: string, clusterOptions: ClusterOptions = {}): Promise<Cluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-pg-'));
  const data = path.join(dir, 'data');
  const run = (command: string, args: string[]) => {
    const file = path.join(bin, command);
    return asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' })
      : execFileSync(file, args, { stdio: 'pipe' });
  };
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
    chmodSync(dir, 0o700);
  }
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  // Durability is not what these tests measure; fsync off keeps a 2-core CI box fast.
  const fast = clusterOptions.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const extra = Object.entries(clusterOptions.settings ?? {}).map(([name, value]) => ` -c ${name}=${value}`).join('');
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir}${fast} -c max_connections=300${extra}`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

