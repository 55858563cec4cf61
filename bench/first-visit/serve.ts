import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { readConfig } from '../../src/server/config';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built client through the production server itself (buildApp: security headers, registerStaticApp,
 * the SPA fallback — and whatever compression the server does), on 127.0.0.1 with a throwaway database.
 * App and floor go through the same code, so they differ only in what was built.
 */
export async function serveBuild(staticDir: string): Promise<Served> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qs-first-visit-data-'));
  const config = readConfig({ STATIC_DIR: staticDir, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' });
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp(config, { logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const running = app;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
