import { cpus, loadavg } from 'node:os';
import { postgresBackend, sqliteBackend, type Backend } from './server/backend';
import { feedRequests, seedFeed, type FeedPage } from './server/feed';
import { feedPlan, type FeedPlan } from './server/feed-plan';
import { batches, rawFloor, singleItems, type BatchRun } from './server/ingest';
import { LoadClient, type Outcome } from './server/load';
import { ServerProcess } from './server/server-process';
import { mb, ms, percentile, perSecond, verdict } from './server/stats';

/*
 * bench/server (`npm run bench -- server`): ingest and the public feed at scale, on SQLite and on
 * PostgreSQL, against the real server process on 127.0.0.1. Prints figures and ratios next to the
 * issue's targets; asserts nothing. The load generator shares the machine with the server, so every
 * figure includes its cost too. Sizes: BENCH_SECONDS (10) per load step, BENCH_FLOOR_ITEMS (20,000),
 * BENCH_FEED_ITEMS (250,000), BENCH_BACKENDS (sqlite,postgres); BENCH_SERVER_ENTRY runs another
 * built server entry instead of dist/server/main.js or tsx, BENCH_NODE_FLAGS replaces the Node flags of
 * `npm run serve` (empty: Node's defaults).
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FLOOR_ITEMS = Number(process.env.BENCH_FLOOR_ITEMS ?? 20_000);
const FEED_ITEMS = Number(process.env.BENCH_FEED_ITEMS ?? 250_000);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
const FEED_CONCURRENCY = 10;
const RSS_TARGET = 150 * 1024 * 1024;
/** The feed's partial indexes as migrations 0004 and 0007 make them, dropped and remade for the comparison. */
const FEED_INDEXES = {
  submissions_feed: 'quarter_id, moderation, received_at, id',
  submissions_feed_supported: 'quarter_id, moderation, support_count, received_at, id',
};

const line = (label: string, text: string) => console.log(`  ${label.padEnd(44)} ${text}`);
const describePlan = (plan: FeedPlan) =>
  `${plan.index}${plan.sorts ? ' then a sort' : ''}${plan.buffers === undefined ? '' : `, ${plan.buffers} buffers`}`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
const latency = (o: Outcome) =>
  `p50 ${ms(percentile(o.latencies, 50))}  p99 ${ms(percentile(o.latencies, 99))}  non-2xx ${o.failed}${o.busy > 0 ? `  busy (503) ${o.busy}` : ''}  unanswered ${o.unanswered}`;

export async function benchServer(): Promise<void> {
  console.log(`server bench: ${cpus().length} cores, load average (1/5/15 min) ${load()}; ${SECONDS} s per load step`);
  for (const name of BACKENDS) {
    const backend = name === 'postgres' ? await postgresBackend() : await sqliteBackend();
    if (typeof backend === 'string') {
      console.log(`\n${name}: skipped — ${backend}`);
      continue;
    }
    try {
      await runOn(backend);
    } finally {
      await backend.close();
    }
  }
}

async function runOn(backend: Backend): Promise<void> {
  const server = await ServerProcess.start({ ...backend.env, RATE_LIMIT_MAX: '1000000', ADMIN_EMAIL: 'bench@example.org', ADMIN_PASSWORD: 'bench-password-1', STATIC_DIR: '/nonexistent' });
  const client = new LoadClient(server.port, 256);
  const peaks: Array<[string, number]> = [];
  let unanswered = 0;
  const phase = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    server.resetPeakRss();
    const result = await work();
    peaks.push([label, server.peakRss()]);
    return result;
  };
  try {
    console.log(`\n${backend.description}\n  server: ${server.command} (pid ${server.pid}); load average ${load()}`);
    const quarters = ((await (await fetch(`http://127.0.0.1:${server.port}/api/v1/quarters`)).json()) as { features: Array<{ properties: { id: string } }> }).features.map((f) => f.properties.id);
    const topicId = ((await (await fetch(`http://127.0.0.1:${server.port}/api/v1/topics`)).json()) as Array<{ id: string }>)[0]?.id ?? '';
    const [ingestQuarter = '', crowded = '', clean = ''] = quarters;
    peaks.push(['idle after start', server.peakRss()]);

    const floor = await rawFloor(backend, ingestQuarter, topicId, FLOOR_ITEMS);
    line(`raw insert floor (${FLOOR_ITEMS.toLocaleString('en')} items, 100 per tx)`, perSecond(floor.perSecond));

    // Two untimed seconds first, as a running server has had: the database pool opens its connections
    // and V8 compiles the hot paths. Without them the 200 req/s step's p99 is the server's cold start.
    await singleItems(client, 50, 2, ingestQuarter, topicId);
    for (const rate of [200, 1000]) {
      const outcome = await phase(`single items ${rate}/s`, () => singleItems(client, rate, SECONDS, ingestQuarter, topicId));
      unanswered += outcome.unanswered;
      const p99 = percentile(outcome.latencies, 99);
      const target = rate === 200 ? `  ${verdict(p99 < 50, 'target p99 < 50 ms')}` : '';
      line(`single items, open loop ${rate} req/s`, `${latency(outcome)}${target}`);
    }

    const runs: BatchRun[] = [];
    for (const concurrency of [1, 10, 50]) {
      const run = await phase(`batches ×${concurrency}`, () => batches(client, concurrency, SECONDS, ingestQuarter, topicId));
      runs.push(run);
      unanswered += run.outcome.unanswered;
      line(`batches of 100, ${concurrency} concurrent`, `${perSecond(run.perSecond)} items  ${latency(run.outcome)}`);
    }
    const best = Math.max(...runs.map((r) => r.perSecond));
    line('  batched ingest (best level)', `${verdict(best >= 5000, `${perSecond(best)} items, target ≥ 5,000/s`)};  ${verdict(best * 50 >= floor.perSecond, `1/${(floor.perSecond / best).toFixed(1)} of the floor, target ≥ 1/50`)}`);

    const seedStart = performance.now();
    const feedQuarters = await seedFeed(backend, crowded, clean, topicId, FEED_ITEMS);
    // The feed is measured in its steady state, not in the minute after a bulk load: what autovacuum
    // (PostgreSQL) and the checkpointer (SQLite) would do anyway is done first, then one untimed pass
    // over both quarters warms the server. Otherwise whichever quarter goes first pays for it.
    await backend.exec(backend.name === 'PostgreSQL' ? 'vacuum analyze' : 'pragma wal_checkpoint(truncate)');
    for (const quarter of [crowded, clean]) await feedRequests(client, feedQuarters, quarter, 'first page', { maxRequests: 50 }, FEED_CONCURRENCY);
    line(`feed seeded (${FEED_ITEMS.toLocaleString('en')} + ${(FEED_ITEMS / 10).toLocaleString('en')} rows) and settled`, `${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const crowdedLabel = `${FEED_ITEMS.toLocaleString('en')} items, 90 % unpublished`;
    const cleanLabel = `${(FEED_ITEMS / 10).toLocaleString('en')} items, all published`;
    for (const page of ['first page', 'deep page', 'by support'] as FeedPage[]) {
      const results: Record<string, Outcome[]> = { [crowded]: [], [clean]: [] };
      for (let round = 0; round < 4; round++) {
        // Interleaved, and each quarter goes first in half the rounds, so neither pays for the other's wake.
        for (const quarter of round % 2 === 0 ? [crowded, clean] : [clean, crowded]) {
          const outcome = await phase(`feed ${page}`, () => feedRequests(client, feedQuarters, quarter, page, { seconds: SECONDS / 2, maxRequests: 200 }, FEED_CONCURRENCY));
          unanswered += outcome.unanswered;
          results[quarter]?.push(outcome);
        }
      }
      const merged = (quarter: string): Outcome => {
        const all = results[quarter] ?? [];
        return { latencies: all.flatMap((o) => o.latencies), failed: all.reduce((s, o) => s + o.failed, 0), busy: all.reduce((s, o) => s + o.busy, 0), unanswered: all.reduce((s, o) => s + o.unanswered, 0), elapsedMs: 0, bodies: [] };
      };
      const a = merged(crowded);
      const b = merged(clean);
      const ratio = percentile(a.latencies, 99) / percentile(b.latencies, 99);
      line(`feed ${page}, ${crowdedLabel}`, latency(a));
      line(`feed ${page}, ${cleanLabel}`, latency(b));
      line('  p99 ratio (crowded / clean)', verdict(ratio < 1.5, `${ratio.toFixed(2)}× — target: independent of unpublished items (≈ 1×)`));
      if (page !== 'deep page') {
        const sort = page === 'by support' ? 'supported' : 'newest';
        const plans = [await feedPlan(backend, crowded, sort), await feedPlan(backend, clean, sort)];
        line('  plan, crowded / clean', plans.map(describePlan).join('  /  '));
      }
    }

    // The same crowded feed without the feed's indexes (migrations 0004 and 0007), to show what they are for.
    for (const name of Object.keys(FEED_INDEXES)) await backend.exec(`drop index ${name}`);
    for (const page of ['first page', 'deep page', 'by support'] as FeedPage[]) {
      const before = await phase(`feed ${page} (old index)`, () => feedRequests(client, feedQuarters, crowded, page, { seconds: SECONDS / 2, maxRequests: 200 }, FEED_CONCURRENCY));
      unanswered += before.unanswered;
      line(`feed ${page}, crowded, without the feed indexes`, latency(before));
    }
    for (const [name, columns] of Object.entries(FEED_INDEXES)) {
      await backend.exec(`create index ${name} on submissions (${columns}) where moderation is not null`);
    }

    const peak = Math.max(...peaks.map(([, bytes]) => bytes));
    line('peak RSS of the server by phase', peaks.map(([label, bytes]) => `${label} ${mb(bytes)}`).join(', '));
    line('  peak RSS', verdict(peak <= RSS_TARGET, `${mb(peak)}, target ≤ 150 MB`));
    line('  unanswered requests, all phases', verdict(unanswered === 0, `${unanswered}, target 0`));
    console.log(`  load average after: ${load()}`);
  } finally {
    client.close();
    await server.stop();
  }
}
