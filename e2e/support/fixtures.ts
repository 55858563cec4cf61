import { test as base, expect, type Page } from '@playwright/test';
import { RENDER_FAILED_LOG } from '../../src/app/render-failed';
import { AppServer } from './app-server';
import { FaultProxy } from './fault-proxy';
import { ManageApi } from './manage-api';
import { SubmissionsView } from './submissions-view';

export interface ServerFixture {
  /** The server itself (not the proxy): use for API checks that must not be disturbed by faults. */
  url: string;
  port: number;
  dataDir: string;
  /** Stop and start again with the same DATA_DIR and port; `SIGKILL` simulates a crash. */
  restart(options?: { signal?: 'SIGTERM' | 'SIGKILL' }): Promise<void>;
  stop(options?: { signal?: 'SIGTERM' | 'SIGKILL' }): Promise<void>;
  start(): Promise<void>;
  /** The last lines the server printed. */
  output(): string;
}

interface WorkerFixtures {
  server: ServerFixture;
  workerProxy: FaultProxy;
}

interface TestFixtures {
  /** Fails the test when the app's error boundary caught a crash, on any page of the test's context. */
  crashWatch: void;
  /**
   * The fault proxy in front of `server`; `baseURL` points at it. Reset to `pass` before and after each test.
   * Not called `proxy`: that name is Playwright's own browser-proxy option and would be handed to the browser.
   */
  faultProxy: FaultProxy;
  /** The manager API logged in as the seeded admin, talking to the server directly. */
  manage: ManageApi;
  /** What the server stored, counted by id. */
  stored: SubmissionsView;
}

/**
 * One real server and one fault proxy per worker: starting the server costs seconds, while each test still gets a
 * fresh browser context (own service worker, IndexedDB, cookies). Tests therefore share the server's data within a
 * worker and must only count their own ids.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright reads the fixture's dependencies from this destructuring pattern; an empty one means "none".
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await AppServer.create();
      try {
        await use({
          url: server.url,
          port: server.port,
          dataDir: server.dataDir,
          restart: (options) => server.restart(options),
          stop: (options) => server.stop(options),
          start: () => server.start(),
          output: () => server.output(),
        });
      } finally {
        await server.dispose();
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],

  workerProxy: [
    async ({ server }, use) => {
      // keepAlive off: Chromium would otherwise silently re-send a POST whose answer was dropped on a reused
      // connection, and the app would never see the fault the journey is about.
      const proxy = await FaultProxy.start({ target: server.url, keepAlive: false });
      try {
        await use(proxy);
      } finally {
        await proxy.close();
      }
    },
    { scope: 'worker' },
  ],

  faultProxy: async ({ workerProxy, server }, use, testInfo) => {
    workerProxy.reset();
    // A test that stopped the server must not leave it down for the next test in this worker.
    if (!(await isUp(server.url))) await server.start();
    await use(workerProxy);
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('proxy-log.json', {
        body: JSON.stringify(workerProxy.log(), null, 2),
        contentType: 'application/json',
      });
      await testInfo.attach('server-output.txt', { body: server.output(), contentType: 'text/plain' });
    }
    workerProxy.reset();
  },

  // A crash behind the error boundary otherwise only shows as "element not found" somewhere later
  // (the detail map's missing maxZoom hid like that); name it instead.
  crashWatch: [
    async ({ context }, use, testInfo) => {
      const crashes: string[] = [];
      const pageErrors: string[] = [];
      const consoleLines: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error' && message.text().startsWith(RENDER_FAILED_LOG)) crashes.push(message.text());
          if (message.type() === 'error' || message.type() === 'warning') consoleLines.push(`${message.type()}: ${message.text()}`.slice(0, 300));
        });
        page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.name} ${error.stack || error.message || String(error)}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      // Uncaught errors are attached, not failed on: going offline before the service worker has
      // cached Ionic's lazy component chunks rejects a dynamic import, and the app carries on.
      if (pageErrors.length > 0) await testInfo.attach('page-errors.txt', { body: pageErrors.join('\n\n'), contentType: 'text/plain' });
      // CI keeps only what the run prints, and the reporter shortens attachments: a failed journey prints what
      // each of its pages showed, since no screenshot is there to look at.
      if (testInfo.status !== testInfo.expectedStatus) {
        const screens = await Promise.all(context.pages().map(shownText));
        console.log([...screens, ...consoleLines.slice(-20)].join('\n'));
      }
      expect(crashes, 'the app showed its error screen').toEqual([]);
    },
    { auto: true },
  ],

  baseURL: async ({ faultProxy }, use) => {
    await use(faultProxy.url);
  },

  manage: async ({ server }, use) => {
    await use(await ManageApi.login(server.url));
  },

  stored: async ({ server }, use) => {
    await use(new SubmissionsView(server.url, server.dataDir));
  },
});

/** The page's address and the text of its visible screen (the topmost page not hidden by Ionic), shortened. */
async function shownText(page: Page): Promise<string> {
  if (page.isClosed()) return `${page.url()}: closed`;
  const read = page
    .evaluate(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('.ion-page:not(.ion-page-hidden)')].filter((p) => p.querySelector('[role="main"]')).pop();
      return (shown ?? document.body).innerText;
    })
    .catch((error: unknown) => `(not readable: ${String(error)})`);
  // A page stuck in a long task must not hold up the test's teardown.
  const text = await Promise.race([read, new Promise<string>((resolve) => setTimeout(() => resolve('(no answer within 3 s)'), 3_000))]);
  return `shown at ${page.url()}: ${text.replace(/\s*\n\s*/g, ' | ').slice(0, 1_500)}`;
}

async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

export { expect };
