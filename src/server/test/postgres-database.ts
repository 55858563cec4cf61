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
      // pg's Pool.end() resolves before its sockets have closed; a FORCE drop would kill those
      // connections mid-goodbye and surface as an uncaught 57P01 in whatever test runs next. Wait
      // (bounded) until the app's connections are gone; FORCE only cleans up what is left after that.
      for (let i = 0; i < 50; i++) {
        const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (Number(rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
