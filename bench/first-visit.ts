import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { measureInitial } from './budget/initial-assets';
import { buildBoth } from './first-visit/build-both';
import { runLighthouse, type LighthouseResult } from './first-visit/lighthouse-runs';
import { measureFirstScreen } from './first-visit/first-screen';
import { measureLongTasks, withChromium, type LongTasks } from './first-visit/long-tasks';
import { measureOfflineStart } from './first-visit/offline-start';
import { serveBuild } from './first-visit/serve';

/*
 * bench/first-visit (issue 12): a resident's first visit, against a bare Ionic React tabs app built with the same
 * toolchain and build options (the floor), both served by the production server code. Prints, from one run:
 * initial JS gzip of both and the ratio (goal ≤ 1.3×), Lighthouse mobile medians (goals for the app: performance
 * ≥ 90, accessibility 100, best practices 100), the long tasks of a first visit under Chromium's real 4× CPU
 * throttling (steadier than Lighthouse's simulated TBT), the app's first visit to an interactive start screen at
 * slow 4G and real 4× throttling, and the offline cold start (goal ≤ 1 s). Asserts nothing.
 * A third build, the floor painted frame first (bench/first-visit/floor-frame/), runs the floor's code after a
 * plain-HTML first paint as the app runs its own, so the app's blocking time can be compared with what the bare
 * framework costs in the same place.
 */

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const OFFLINE_ROUNDS = Number(process.env.BENCH_OFFLINE_ROUNDS ?? 5);
const LONG_TASK_ROUNDS = Number(process.env.BENCH_LONG_TASK_ROUNDS ?? 7);
const FIRST_SCREEN_ROUNDS = Number(process.env.BENCH_FIRST_SCREEN_ROUNDS ?? 5);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function summarise(label: string, runs: LighthouseResult[]): string[] {
  const of = (pick: (run: LighthouseResult) => number) => median(runs.map(pick));
  const list = (pick: (run: LighthouseResult) => number) => runs.map(pick).map((v) => v.toFixed(0)).join(', ');
  const failing = [...new Set(runs.flatMap((run) => run.failing))];
  return [
    `  ${label.padEnd(18)} performance ${of((r) => r.performance)} (${list((r) => r.performance)}), accessibility ${of((r) => r.accessibility)}, ` +
      `best practices ${of((r) => r.bestPractices)}, LCP ${(of((r) => r.lcpMs) / 1000).toFixed(2)} s, TBT ${of((r) => r.tbtMs).toFixed(0)} ms`,
    // Per run: which element was the largest paint and how late it was drawn after the page arrived (the frame's
    // intro drawn seconds late is the race between its first paint and the app's scripts, README "Performance").
    `        LCP per run: ${runs.map((run) => `${(run.lcpMs / 1000).toFixed(2)} s ${run.lcpElement} (render delay ${run.lcpRenderDelayMs.toFixed(0)} ms)`).join('; ')}`,
    ...failing.map((title) => `        not passed: ${title}`),
  ];
}

export async function benchFirstVisit(): Promise<void> {
  console.log('first-visit: building the app, the bare Ionic floor and the floor painted frame first …');
  const builds = await buildBoth();
  try {
    const [app, floor] = await Promise.all([measureInitial(builds.app), measureInitial(builds.floor)]);
    console.log('first-visit: initial JS of the start page (gzip -9 of what index.html loads before first paint)');
    console.log(`  app   ${kb(app.js.gzip)} in ${app.js.files.length} files (CSS ${kb(app.css.gzip)})`);
    console.log(`  floor ${kb(floor.js.gzip)} in ${floor.js.files.length} files (CSS ${kb(floor.css.gzip)})`);
    console.log(`  app / floor: ${(app.js.gzip / floor.js.gzip).toFixed(2)}× (goal ≤ 1.3×)`);

    const servers = {
      app: await serveBuild(builds.app),
      floor: await serveBuild(builds.floor),
      'floor, frame first': await serveBuild(builds.floorFrame),
    };
    type Label = keyof typeof servers;
    const labels = Object.keys(servers) as Label[];
    const appServer = servers.app;
    try {
      // Interleaved, so machine noise hits all alike.
      const runs = Object.fromEntries(labels.map((label) => [label, [] as LighthouseResult[]])) as Record<Label, LighthouseResult[]>;
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        for (const label of labels) runs[label].push(await runLighthouse(`${servers[label].url}/`));
      }
      console.log(`first-visit: Lighthouse mobile (simulated slow 4G, 4× CPU), median of ${LIGHTHOUSE_RUNS}`);
      for (const line of labels.flatMap((label) => summarise(label, runs[label]))) console.log(line);
      console.log('  goals for the app: performance ≥ 90, accessibility 100, best practices 100');
      console.log(
        "  'floor, frame first' is the floor's code run after a plain-HTML frame has been painted, as the app runs its own: " +
          'what the same framework costs where Lighthouse counts blocking time',
      );

      // The same first visit with Chromium's real 4× throttling, interleaved too: steadier than Lighthouse's TBT.
      const tasks = Object.fromEntries(labels.map((label) => [label, [] as LongTasks[]])) as Record<Label, LongTasks[]>;
      await withChromium(async (browser) => {
        for (let round = 0; round < LONG_TASK_ROUNDS; round++) {
          for (const label of labels) tasks[label].push(await measureLongTasks(browser, `${servers[label].url}/`));
        }
      });
      console.log(`first-visit: long tasks of a first visit at Chromium's own 4× CPU throttling (beyond 50 ms: after the first contentful paint, as TBT), median of ${LONG_TASK_ROUNDS}`);
      for (const label of labels) {
        const excess = tasks[label].map((t) => t.excessMs);
        console.log(
          `  ${label.padEnd(18)} beyond 50 ms ${median(excess).toFixed(0)} ms (${excess.map((v) => v.toFixed(0)).join(', ')}), ` +
            `all long tasks ${median(tasks[label].map((t) => t.totalMs)).toFixed(0)} ms`,
        );
      }
      const excessOf = (label: Label) => median(tasks[label].map((t) => t.excessMs));
      console.log(
        `  app / floor (beyond 50 ms): ${(excessOf('app') / excessOf('floor')).toFixed(1)}×; ` +
          `app / floor, frame first: ${(excessOf('app') / excessOf('floor, frame first')).toFixed(1)}×`,
      );

      const firstScreen: number[] = [];
      await withChromium(async (browser) => {
        for (let round = 0; round < FIRST_SCREEN_ROUNDS; round++) firstScreen.push(await measureFirstScreen(browser, `${appServer.url}/`));
      });
      console.log(`first-visit: first visit to an interactive start screen at slow 4G and Chromium's own 4× CPU throttling, median of ${FIRST_SCREEN_ROUNDS}`);
      console.log(`  app: ${median(firstScreen).toFixed(0)} ms (${firstScreen.map((v) => v.toFixed(0)).join(', ')})`);

      const offline = await measureOfflineStart(`${appServer.url}/`, OFFLINE_ROUNDS);
      const ms = (values: number[]) => `${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;
      console.log(`first-visit: offline cold start to an interactive start screen, median of ${OFFLINE_ROUNDS} reloads`);
      console.log(`  this machine: ${ms(offline.unthrottled)}`);
      console.log(`  4× CPU slowdown: ${ms(offline.cpu4x)}  (goal ≤ 1 s)`);
    } finally {
      for (const server of Object.values(servers)) await server.close();
    }
  } finally {
    await rm(dirname(builds.app), { recursive: true, force: true });
  }
}
