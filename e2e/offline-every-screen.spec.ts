import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { visiblePage, waitForServiceWorkerControl } from './support/app';
import { collectPageErrors } from './support/first-paint';

// Issue 12 (2): the screens are split into chunks that load on first use, yet after one visit to the start page
// (and the service worker's precache) every screen opens with no connection — by a cold offline start on its
// address and by tapping through the app.

interface Screen {
  path: string;
  heading: string;
  /** Something only that screen's own code renders. */
  content: (page: Page) => ReturnType<Page['getByText']>;
}

function screens(centreId: string, opportunityId: string): Screen[] {
  const inPage = (page: Page) => visiblePage(page);
  return [
    { path: '/mitmachen', heading: 'Mitmachen', content: (p) => inPage(p).getByLabel('Ihr Feedback') },
    { path: '/viertel', heading: 'Im Viertel', content: (p) => inPage(p).getByText('Vorschläge und öffentliches Feedback aus Ihrem Stadtteil', { exact: false }) },
    // The directory itself was never fetched on this device (only the start page was visited): the directory
    // screens' own code says so, which is what this journey is about — their code opens offline.
    { path: '/entdecken', heading: 'Entdecken', content: (p) => inPage(p).getByText('Das Verzeichnis ist noch nicht auf diesem Gerät.') },
    { path: `/entdecken/orte/${centreId}`, heading: 'Ort', content: (p) => inPage(p).getByText('Das Verzeichnis ist noch nicht auf diesem Gerät.') },
    { path: `/entdecken/engagement/${opportunityId}`, heading: 'Engagement', content: (p) => inPage(p).getByText('Das Verzeichnis ist noch nicht auf diesem Gerät.') },
    { path: '/meine', heading: 'Meine Beiträge', content: (p) => inPage(p).getByText('Auf diesem Gerät sind keine Beiträge gespeichert.') },
    { path: '/meine/nachschlagen', heading: 'Beitrag nachschlagen', content: (p) => inPage(p).getByLabel('Empfangsnummer') },
    { path: '/mehr', heading: 'Mehr', content: (p) => inPage(p).getByText('Über die App') },
    { path: '/mehr/ueber', heading: 'Über Quartiersstimme', content: (p) => inPage(p).getByText('Was ist Quartiersstimme?') },
    { path: '/verwaltung', heading: 'Verwaltung', content: (p) => inPage(p).getByLabel('E-Mail') },
  ];
}

async function expectScreen(page: Page, screen: Screen): Promise<void> {
  const shown = visiblePage(page);
  await expect(shown.getByRole('heading', { level: 1, name: screen.heading, exact: true })).toBeVisible();
  await expect(screen.content(page).first()).toBeVisible();
  await expect(shown.getByTestId('chunk-failed')).toHaveCount(0);
}

test('after one visit to the start page, every screen opens offline', async ({ page, context, server }) => {
  test.setTimeout(120_000);
  const centres = (await (await fetch(`${server.url}/api/v1/centres`)).json()) as { id: string }[];
  const opportunities = (await (await fetch(`${server.url}/api/v1/opportunities`)).json()) as { id: string }[];
  const all = screens(centres[0]?.id ?? 'none', opportunities[0]?.id ?? 'none');
  const errors = collectPageErrors(page);
  // The CSP forbids eval; nothing on these screens may even try (zod's eval probe did: src/zod-jitless.ts). A caught
  // attempt logs nothing on the console, but the document still fires a securitypolicyviolation event.
  const cspViolations: string[] = [];
  await page.exposeBinding('qsReportCspViolation', (_source, text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { qsReportCspViolation: (text: string) => void }).qsReportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => report(`${location.pathname}: ${event.effectiveDirective} ${event.blockedURI}`));
  });

  await page.goto('/');
  await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeVisible();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  // Cold starts: each address loaded with no connection, everything from the worker's precache.
  for (const screen of all) {
    await page.goto(screen.path);
    await expectScreen(page, screen);
  }

  // And by tapping, in one running app.
  await page.goto('/mitmachen');
  for (const [tab, path] of [
    ['Im Viertel', '/viertel'],
    ['Entdecken', '/entdecken'],
    ['Meine Beiträge', '/meine'],
    ['Mehr', '/mehr'],
    ['Mitmachen', '/mitmachen'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    const screen = all.find((candidate) => candidate.path === path);
    if (screen) await expectScreen(page, screen);
  }
  expect(errors, 'uncaught errors on the page').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});
