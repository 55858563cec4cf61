import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { engineContext } from '../test/engine-parts';
import { openDatabase, type CatalogRecord, type QsDatabase } from './db';
import { feedKey } from './feed';
import { listMyItems } from './outbox';
import { recordAnswers } from './record-answers';
import { readSubjects, subjectOf, subjectsFrom } from './subjects';
import { supportProposal } from './supports';

const P1 = '6f1c1f0e-0000-4000-8000-000000000001';
const P2 = '6f1c1f0e-0000-4000-8000-000000000002';

const feedItem = (id: string, kind: 'proposal' | 'feedback', title?: string) => ({
  id,
  kind,
  quarterId: 'q1',
  topicId: 't1',
  ...(title ? { title } : {}),
  text: `Text of ${id}`,
  createdAt: '2026-12-01T10:00:00.000Z',
  status: 'received',
  supportCount: 0,
  mediaIds: [],
});
const feedRow = (items: unknown[]): CatalogRecord => ({ key: feedKey('q1', 'newest'), etag: null, fetchedAt: 1, data: { items, nextCursor: null } });
const opportunity = { id: 'lesepate', title: { de: 'Lesepate werden', en: 'Become a reading buddy' } };
const support = (proposalId: string) =>
  ({ kind: 'support', id: crypto.randomUUID(), createdAt: '', locale: 'de', proposalId, supporterId: crypto.randomUUID() }) as const;
const interest = (opportunityId: string) =>
  ({ kind: 'interest', id: crypto.randomUUID(), createdAt: '', locale: 'de', opportunityId, name: 'A', contact: { phone: '0361 1' } }) as const;

describe('subjectsFrom and subjectOf', () => {
  it('names a support by its proposal from the cached feeds, and an interest by its offer in the language asked for', () => {
    const subjects = subjectsFrom([feedRow([feedItem(P1, 'proposal', 'Mehr Bänke am Anger'), feedItem(P2, 'feedback')])], [opportunity], 'en');
    expect(subjectOf(support(P1), undefined, subjects)).toBe('Mehr Bänke am Anger');
    expect(subjectOf(interest('lesepate'), undefined, subjects)).toBe('Become a reading buddy');
    expect(subjectsFrom([], [opportunity], 'de-DE').opportunities.get('lesepate')).toBe('Lesepate werden');
  });

  it('falls back to the title kept when it was sent, and names nothing for feedback', () => {
    const none = subjectsFrom([], [], 'de');
    expect(subjectOf(support(P2), 'Kept title', none)).toBe('Kept title');
    expect(subjectOf(support(P2), undefined, none)).toBeUndefined();
    expect(subjectOf(interest('gone'), 'Kept offer', undefined)).toBe('Kept offer');
    const feedback = { kind: 'feedback', id: P1, createdAt: '', locale: 'de', quarterId: 'q', topicId: 't', text: 'x', visibility: 'private' } as const;
    expect(subjectOf(feedback, 'anything', none)).toBeUndefined();
  });

  it('skips a cached feed whose shape no longer parses', () => {
    expect(subjectsFrom([{ ...feedRow([]), data: { broken: true } }], [], 'de').proposals.size).toBe(0);
  });
});

describe('the title kept with a support', () => {
  const opened: QsDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });

  it('travels from the outbox into the delivered item, so "Meine Beiträge" names the proposal offline', async () => {
    const db = openDatabase(`subjects-test-${crypto.randomUUID()}`);
    opened.push(db);
    await supportProposal(P1, 'de', db, 'Mehr Bänke am Anger');
    const [waiting] = await listMyItems(db);
    expect(waiting).toMatchObject({ state: 'saved', subject: 'Mehr Bänke am Anger' });

    const ctx = { ...(await engineContext()), db };
    const record = await db.outbox.get(waiting?.id ?? '');
    if (!record) throw new Error('support not queued');
    await recordAnswers(ctx, [record], [{ id: record.id, status: 'accepted', receipt: 'ERF-AAAA-BBBB' }]);
    const [delivered] = await listMyItems(db);
    expect(delivered).toMatchObject({ state: 'delivered', subject: 'Mehr Bänke am Anger' });
    expect(record.item).not.toHaveProperty('subject');
    expect(subjectOf(record.item, delivered?.subject, await readSubjects('de', db))).toBe('Mehr Bänke am Anger');
  });
});
