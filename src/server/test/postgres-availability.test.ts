import { it } from 'vitest';

// Only collected when vitest.config.ts found no PostgreSQL: the skip says why and how to fix it.
it.skip('PostgreSQL server tests skipped: no PostgreSQL binaries found — apt-get install postgresql, or set QS_TEST_PG_URL', () => {});
