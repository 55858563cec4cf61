import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './e2e/support/chromium';

// Resolved once per process (runner and each worker); with no system Chromium this inflates @sparticuz's browser
// into the temp dir on first use, later calls reuse it.
const chromium = await findChromium();
if (process.env.QS_E2E_QUIET !== '1' && !process.env.TEST_WORKER_INDEX) {
  console.log(`e2e: Chromium from ${chromium.source}: ${chromium.executablePath}`);
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  // Each worker has its own server, proxy and DATA_DIR, so journeys run in parallel without sharing state.
  workers: 2,
  fullyParallel: true,
  // Honest results: a flaky journey is a bug to fix, not to retry away.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Delivery involves a service worker install and a sync backoff of a few seconds, and axe scans are slow on a
  // loaded 2-core box: auto-waiting needs headroom. These are safety nets, not performance assertions.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromium.executablePath, args: [...CHROMIUM_FLAGS] },
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // Recording a trace costs a quarter of the suite's time on 2 cores (measured: 81 s vs 112 s for ten
    // journeys), for every journey, to keep the few that fail. Off by default; QS_E2E_TRACE=retain-on-failure
    // when a failure needs one. Screenshots and the page snapshot of a failure are kept either way.
    trace: process.env.QS_E2E_TRACE === 'retain-on-failure' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
