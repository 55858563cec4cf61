import type { FeedItem } from '../shared/feed';
import { getDatabase, type MineRecord, type OutboxRecord, type QsDatabase } from './db';
import { getInstallationId } from './installation';
import { enqueue } from './outbox';

// Supporting a proposal: one per installation, queued offline like every other item. A second tap
// must never pass silently, so before queuing we look for an earlier support in the outbox and in
// the delivered items; the server would answer `duplicate` anyway, but the resident should hear it now.

export interface MySupport {
  /** pending: still in the outbox (also when it needs attention); delivered: the server has it. */
  state: 'pending' | 'delivered';
  /** epoch ms: queued or delivered */
  at: number;
}

/** Every proposal this device supports, from the two tables' rows (pure, so it is unit-tested). */
export function supportsFrom(outbox: readonly OutboxRecord[], mine: readonly MineRecord[]): Map<string, MySupport> {
  const supports = new Map<string, MySupport>();
  for (const record of mine) {
    if (record.item.kind === 'support') supports.set(record.item.proposalId, { state: 'delivered', at: record.deliveredAt });
  }
  for (const record of outbox) {
    if (record.item.kind === 'support' && !supports.has(record.item.proposalId)) {
      supports.set(record.item.proposalId, { state: 'pending', at: record.queuedAt });
    }
  }
  return supports;
}

export async function mySupports(db: QsDatabase = getDatabase()): Promise<Map<string, MySupport>> {
  const [outbox, mine] = await Promise.all([db.outbox.toArray(), db.mine.where('kind').equals('support').toArray()]);
  return supportsFrom(outbox, mine);
}

export type SupportOutcome = 'queued' | 'already';

/** `title` names the proposal in "Meine Beiträge" later, also offline (it stays on the device). */
export async function supportProposal(
  proposalId: string,
  locale: string,
  db: QsDatabase = getDatabase(),
  title?: string,
): Promise<SupportOutcome> {
  if ((await mySupports(db)).has(proposalId)) return 'already';
  const supporterId = await getInstallationId(db);
  await enqueue({ kind: 'support', proposalId, supporterId }, locale, { db, ...(title ? { subject: title } : {}) });
  return 'queued';
}

/**
 * The count to show: the server's, plus ours while the server cannot know it yet — still waiting
 * in the outbox, or delivered after the feed was fetched.
 */
export function shownSupportCount(item: Pick<FeedItem, 'supportCount'>, mine: MySupport | undefined, feedFetchedAt: number): number {
  if (!mine) return item.supportCount;
  if (mine.state === 'pending' || mine.at > feedFetchedAt) return item.supportCount + 1;
  return item.supportCount;
}
