import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../../e2e/support/chromium';
import { freePort } from '../../e2e/support/free-port';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  /** The LCP element's selector and the part of its time spent after the page arrived ("render delay"). */
  lcpElement: string;
  lcpRenderDelayMs: number;
  tbtMs: number;
  /** Titles of the best-practices and accessibility audits that did not pass, to say why a score dropped. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

function score(value: number | null | undefined): number {
  return Math.round((value ?? 0) * 100);
}

/**
 * Lighthouse's mobile defaults (simulated slow 4G, 4× CPU slowdown, a Moto G Power screen) on one URL, in the
 * Chromium the journeys use. A fresh browser per run, and Lighthouse clears the origin's storage (service worker
 * included) first, so every run is a first visit.
 */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const { executablePath } = await findChromium();
  const port = await freePort();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const failing = ['best-practices', 'accessibility'].flatMap((category) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${audits[ref.id]?.title ?? ref.id}`),
    );
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      ...lcpBreakdown(audits['largest-contentful-paint-element']?.details),
      tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      failing,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The LCP element and its render delay from Lighthouse's audit of it: a table with the element, then a table of
 * phases (TTFB, load delay, load time, render delay). Read defensively: the details are loosely typed.
 */
function lcpBreakdown(details: unknown): { lcpElement: string; lcpRenderDelayMs: number } {
  const tables = (details as { items?: { items?: { node?: { selector?: string }; phase?: string; timing?: number }[] }[] } | undefined)?.items ?? [];
  const element = tables[0]?.items?.[0]?.node?.selector ?? '?';
  const delay = tables[1]?.items?.find((row) => row.phase === 'Render Delay')?.timing ?? Number.NaN;
  return { lcpElement: element.split(' > ').pop() ?? element, lcpRenderDelayMs: delay };
}
