import { median } from '../first-visit';
import { measureFirstScreen } from './first-screen';
import { measureLongTasks, withChromium } from './long-tasks';
import { serveBuild } from './serve';

/*
 * Two client builds side by side, for a change whose effect is smaller than the noise between two bench runs:
 *   npx tsx bench/first-visit/compare.ts <dist/client of build A> <dist/client of build B>
 * (a second build: `vite build --outDir /tmp/b`, or a worktree of another commit). First visits alternate
 * between the two, A B, B A, …, so what the machine does meanwhile hits both alike. Prints, per build, the
 * median time to an interactive start screen at slow 4G and real 4× CPU throttling, and the long tasks' excess
 * beyond 50 ms after the first paint at 4×. BENCH_COMPARE_ROUNDS (default 9) first visits each.
 */
const ROUNDS = Number(process.env.BENCH_COMPARE_ROUNDS ?? 9);
const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error('usage: npx tsx bench/first-visit/compare.ts <client build A> <client build B>');
  process.exit(2);
}

const servers = [await serveBuild(dirs[0] as string), await serveBuild(dirs[1] as string)];
const screen: number[][] = [[], []];
const excess: number[][] = [[], []];
try {
  await withChromium(async (browser) => {
    for (let round = 0; round < ROUNDS; round++) {
      for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const url = `${servers[i]?.url}/`;
        screen[i]?.push(await measureFirstScreen(browser, url));
        excess[i]?.push((await measureLongTasks(browser, url)).excessMs);
      }
    }
  });
} finally {
  for (const server of servers) await server.close();
}
const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
dirs.forEach((dir, i) => {
  console.log(`${i === 0 ? 'A' : 'B'} ${dir}`);
  console.log(`  interactive start screen, slow 4G + 4× CPU: ${median(screen[i] ?? []).toFixed(0)} ms (${list(screen[i] ?? [])})`);
  console.log(`  long tasks beyond 50 ms after the first paint, 4× CPU: ${median(excess[i] ?? []).toFixed(0)} ms (${list(excess[i] ?? [])})`);
});
const faster = (screen[1] ?? []).filter((value, round) => value < (screen[0]?.[round] ?? Number.NaN)).length;
console.log(`B reached the start screen first in ${faster} of ${ROUNDS} rounds`);
