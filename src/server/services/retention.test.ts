import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertHistory } from '../repositories/submissions';
import { feedback, interest } from '../test/factories';
import { postBatch, startTestApp, type TestApp } from '../test/support';
import { deleteExpiredContacts, startRetentionJob } from './retention';

let t: TestApp;
const day = 86_400_000;
// After the items arrive (their `received` history entry carries the real clock), as in real life.
const closedAt = new Date(Date.now() + day).toISOString();
const at = (days: number) => new Date(Date.parse(closedAt) + days * day);

async function close(id: string, status: 'done' | 'declined', when = closedAt): Promise<void> {
  await t.ctx.db.updateTable('submissions').set({ status }).where('id', '=', id).execute();
  await insertHistory(t.ctx.db, { submissionId: id, at: when, status });
}
const contactOf = async (id: string) =>
  (await t.ctx.db.selectFrom('submissions').select('contact').where('id', '=', id).executeTakeFirstOrThrow()).contact;

beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('contact retention', () => {
  it('deletes contact data the configured number of days after done/declined, with history and audit', async () => {
    const done = feedback({ contact: { name: 'Ada', email: 'ada@example.org' } });
    const declined = interest({ opportunityId: 'beispiel-lesepaten' });
    const open = feedback({ contact: { email: 'open@example.org' } });
    await postBatch(t.app, [done, declined, open]);
    await close(done.id as string, 'done');
    await close(declined.id as string, 'declined');

    expect(await deleteExpiredContacts(t.ctx.db, 90, at(89))).toEqual([]);
    expect(await contactOf(done.id as string)).not.toBeNull();

    const deleted = await deleteExpiredContacts(t.ctx.db, 90, at(90.01));
    expect(deleted.sort()).toEqual([done.id, declined.id].sort());
    expect(await contactOf(done.id as string)).toBeNull();
    expect(await contactOf(declined.id as string)).toBeNull();
    expect(await contactOf(open.id as string)).not.toBeNull();

    const history = await t.ctx.db.selectFrom('submission_history').select(['note', 'status']).where('submission_id', '=', done.id as string).orderBy('id').execute();
    expect(history.at(-1)).toEqual({ note: 'Contact data deleted automatically (90 days after closing)', status: null });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['target', 'detail']).where('action', '=', 'contact_deleted').execute();
    expect(audit.map((a) => a.target).sort()).toEqual([`submission:${declined.id as string}`, `submission:${done.id as string}`].sort());
    // A second run finds nothing more to do.
    expect(await deleteExpiredContacts(t.ctx.db, 90, at(200))).toEqual([]);
  });

  it('counts from the latest closing when an item was reopened', async () => {
    const item = feedback({ contact: { email: 'again@example.org' } });
    await postBatch(t.app, [item]);
    await close(item.id as string, 'done');
    await insertHistory(t.ctx.db, { submissionId: item.id as string, at: at(10).toISOString(), status: 'in_progress' });
    await close(item.id as string, 'done', at(20).toISOString());
    expect(await deleteExpiredContacts(t.ctx.db, 30, at(40))).toEqual([]);
    expect(await deleteExpiredContacts(t.ctx.db, 30, at(51))).toEqual([item.id]);
  });

  it('runs at start and then on its interval, with an unref’d timer', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const item = feedback({ contact: { email: 'timer@example.org' } });
    await postBatch(t.app, [item]);
    await close(item.id as string, 'declined');
    let now = at(1);
    const runs: string[][] = [];
    const job = startRetentionJob(t.ctx.db, 7, { intervalMs: 60_000, now: () => now, onDeleted: (ids) => runs.push(ids) });
    await job.firstRun;
    expect(runs).toEqual([]);
    now = at(8);
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(() => expect(runs).toEqual([[item.id]]));
    job.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
