import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './src/server/test/postgres-cluster';

const shared = { environment: 'node', pool: 'forks', testTimeout: 20_000 } as const;

// The server's and the build's tests share a worker's modules (isolate: false): each builds its own app over its
// own database, and importing Fastify, Kysely and the routes again for every file was most of the run (the whole
// suite 217 s → 121 s on 2 cores with every file unisolated). The client's tests stay isolated: fake-indexeddb
// keeps its databases in the module, and two files' Dexie stores would meet.
const serverTests = ['src/server/**/*.test.ts', 'src/build/**/*.test.ts'];

// The server suite runs twice: on SQLite (project `unit`, with everything else) and on a real
// PostgreSQL (project `postgres`), started for the run by postgres-global-setup.ts. Without
// PostgreSQL binaries (and no QS_TEST_PG_URL) only a test named for the reason is skipped.
const postgresAvailable = Boolean(process.env.QS_TEST_PG_URL || findPostgresBin());

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on the 2-core CI machine, which then sat 35–40 %
    // idle while the server tests waited on SQLite's and PostgreSQL's disk writes. One per core: 304 s → 231 s
    // for the whole run on 2 cores (three workers: 247 s).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: serverTests,
          // `*.postgres.test.ts` need PostgreSQL by nature (several app processes on one database).
          exclude: ['src/server/test/postgres-availability.test.ts', 'src/**/*.postgres.test.ts'],
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'client',
          include: ['src/**/*.test.{ts,tsx}', 'i18n/**/*.test.ts', 'seeds/**/*.test.ts', 'e2e/support/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: serverTests,
        },
      },
      postgresAvailable
        ? {
            test: {
              ...shared,
              name: 'postgres',
              include: ['src/server/**/*.test.ts'],
              // These start main.ts as a process or read the SQLite file itself: SQLite-only by nature (the
              // import-layers test lints fixtures and touches no database).
              exclude: ['src/server/main.test.ts', 'src/server/import-layers.test.ts', 'src/server/test/postgres-availability.test.ts'],
              env: { QS_TEST_BACKEND: 'postgres' },
              isolate: false,
              globalSetup: ['src/server/test/postgres-global-setup.ts'],
            },
          }
        : {
            test: { ...shared, name: 'postgres', include: ['src/server/test/postgres-availability.test.ts'] },
          },
    ],
  },
});
