import type { TestProject } from 'vitest/node';
import { findPostgresBin, startCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

// Runs once for the `postgres` test project: an existing server (QS_TEST_PG_URL) or a fresh cluster.
export default async function setup(project: TestProject) {
  const given = process.env.QS_TEST_PG_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    return;
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error('The postgres project needs PostgreSQL server binaries (apt-get install postgresql).');
  const cluster = await startCluster(bin);
  project.provide('pgAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
