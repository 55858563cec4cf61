import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

// The `postgres` test project (vitest.config.ts) runs every server test a second time on PostgreSQL:
// each test app gets a database of its own in the cluster started by postgres-global-setup.ts.
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  if (process.env.QS_TEST_BACKEND !== 'postgres') return undefined;
  const adminUrl = inject('pgAdminUrl');
  const name = `qs_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
