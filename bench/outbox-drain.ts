import { bundlePageScript } from '../src/build/page-script';
import { chromium } from '@playwright/test';
import { AppServer } from '../e2e/support/app-server';
import { CHROMIUM_FLAGS, findChromium } from '../e2e/support/chromium';
import type { Variant } from './outbox-drain.page';

/*
 * bench/outbox-drain: 1,000 queued feedback items in real Chromium delivered to the local server.
 * Prints items/s for (a) the sync engine, (b) one POST per item, (c) raw batches of 100, measured
 * in the same run and interleaved round by round so machine noise hits all three alike, then the
 * ratios. Goal (issue 4): a ≥ 10× b, and a within 3× of c.
 */

const COUNT = Number(process.env.BENCH_ITEMS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const VARIANTS: Variant[] = ['engine', 'naive', 'raw'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchOutboxDrain(): Promise<void> {
  const script = await bundlePageScript(new URL('./outbox-drain.page.ts', import.meta.url).pathname);
  // The naive variant sends 1,000 requests a round: lift the per-client limit for this local run only.
  const server = await AppServer.create({
    RATE_LIMIT_MAX: '1000000',
    ...(process.env.STATIC_DIR ? { STATIC_DIR: process.env.STATIC_DIR } : {}),
  });
  const { executablePath } = await findChromium();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  try {
    // The app's CSP forbids inline scripts, rightly; the bench's own script is the one exception.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(server.url);
    await page.addScriptTag({ content: script });
    const quarters = (await (await fetch(`${server.url}/api/v1/quarters`)).json()) as {
      features: { properties: { id: string } }[];
    };
    const topics = (await (await fetch(`${server.url}/api/v1/topics`)).json()) as { id: string }[];
    const quarterId = quarters.features[0]?.properties.id ?? '';
    const topicId = topics[0]?.id ?? '';
    const times: Record<Variant, number[]> = { engine: [], naive: [], raw: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of VARIANTS) {
        const ms = await page.evaluate(
          ([v, n, q, t]) => window.qsBench(v, n, q, t),
          [variant, COUNT, quarterId, topicId] as const,
        );
        times[variant].push(ms);
      }
    }
    const rate = (variant: Variant) => (COUNT / median(times[variant])) * 1000;
    console.log(`outbox-drain: ${COUNT} items, ${ROUNDS} rounds, median per variant`);
    for (const variant of VARIANTS) {
      console.log(
        `  ${variant.padEnd(7)} ${median(times[variant]).toFixed(0).padStart(7)} ms  ${rate(variant).toFixed(0).padStart(7)} items/s  (rounds: ${times[variant].map((t) => t.toFixed(0)).join(', ')} ms)`,
      );
    }
    const speedup = rate('engine') / rate('naive');
    const overhead = rate('raw') / rate('engine');
    console.log(`  engine vs naive: ${speedup.toFixed(1)}× faster (goal ≥ 10×)`);
    console.log(`  raw floor vs engine: engine takes ${overhead.toFixed(2)}× the floor's time (goal ≤ 3×)`);
  } finally {
    await browser.close();
    await server.dispose();
  }
}
