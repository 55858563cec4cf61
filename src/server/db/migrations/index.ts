import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../schema';
import { initialMigration } from './0001-initial';
import { mediaLinksMigration } from './0002-media-links';
import { managersMigration } from './0003-managers';
import { indexedFiltersMigration } from './0004-indexed-filters';
import { sharedRateLimitsMigration } from './0005-shared-rate-limits';
import { open311Migration } from './0006-open311';
import { supportCountsMigration } from './0007-support-counts';

// Migrations live in code (not a folder scan) so tsx, vitest and a bundled build all see the same list.
// Names sort in the order they run; never rename or edit one that has shipped — add the next.
export function migrationProvider(dialect: DialectName): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(dialect),
    '0002-media-links': mediaLinksMigration(),
    '0003-managers': managersMigration(),
    '0004-indexed-filters': indexedFiltersMigration(dialect),
    '0005-shared-rate-limits': sharedRateLimitsMigration(dialect),
    '0006-open311': open311Migration(),
    '0007-support-counts': supportCountsMigration(dialect),
  };
  return { getMigrations: async () => migrations };
}
