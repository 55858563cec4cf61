import { randomUUID } from 'node:crypto';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { openModal, RECEIPT_PATTERN, visiblePage } from './app';
import type { FaultProxy } from './fault-proxy';
import type { Translate } from './locales';
import type { ManageApi } from './manage-api';
import { jpegWithGps } from './residents';

// The table of resident screens the accessibility journeys check, in every language under test: each walk
// brings the app into a series of states through its UI, as a resident would, and calls `visit(screen)` at each.
// What a visit checks is up to the journey (axe in light and dark, reflow at 320 px and 200 % zoom), so every
// check covers the same screens. Locators go by test id or by the texts of the language under test (`t`).

export interface WalkFixtures {
  page: Page;
  context: BrowserContext;
  t: Translate;
  manage: ManageApi;
  faultProxy: FaultProxy;
}

export type Visit = (screen: string) => Promise<void>;

export interface ResidentWalk {
  name: string;
  /** Every screen the walk visits, in order; the runner fails when a visit is missing or unexpected. */
  screens: readonly string[];
  walk(fixtures: WalkFixtures, visit: Visit): Promise<void>;
}

/** A word longer than any phone line and a long link: what residents and managers may type. */
export const LONG_WORD = 'Straßenbahnhaltestellenüberdachungsinstandsetzungsarbeiten';
const LONG_LINK = 'https://example.org/stadtteil/herrenberg/spielplatz-am-teich/fotos-und-hinweise-2026';

function longText(marker: string): string {
  return `${marker}: Die ${LONG_WORD} dauern schon lange. Siehe ${LONG_LINK}`;
}

/** Runs a walk and checks that it visited exactly the screens its table entry names. */
export async function runWalk(walk: ResidentWalk, fixtures: WalkFixtures, check: Visit): Promise<void> {
  const visited: string[] = [];
  await walk.walk(fixtures, async (screen) => {
    visited.push(screen);
    await check(screen);
  });
  expect(visited, `${walk.name} visited other screens than its table lists`).toEqual([...walk.screens]);
}

async function chooseQuarter(screen: Locator, t: Translate): Promise<void> {
  await screen.getByLabel(t('feedback:quarter.search')).fill('Herr');
  await screen.getByRole('button', { name: /^Herrenberg(\s|$)/ }).click();
  await expect(screen.getByTestId('chosen-quarter')).toContainText('Herrenberg');
}

async function chooseTopic(screen: Locator, t: Translate): Promise<void> {
  await screen.getByLabel(t('feedback:topic.label'), { exact: true }).selectOption({ index: 1 });
}

async function openOptional(screen: Locator, testId: string): Promise<Locator> {
  const section = screen.getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  await expect(section).toHaveAttribute('open', '');
  return section;
}

/** Opens place (map shown, pin set), photos (one added) and contact of the visible form. */
async function openEveryOptionalPart(page: Page, t: Translate, contact: { name: string; email: string }): Promise<void> {
  const screen = visiblePage(page);
  const place = await openOptional(screen, 'section-location');
  const showMap = place.getByRole('button', { name: t('feedback:location.showMap') });
  if (await showMap.isVisible()) await showMap.click();
  await expect(place.getByTestId('location-map')).toBeVisible();
  await place.getByRole('button', { name: t('feedback:location.pinAtCentre') }).click();
  await expect(place.getByTestId('location-status')).toContainText(t('feedback:location.set'));
  const photos = await openOptional(screen, 'section-photos');
  if ((await photos.getByTestId('photo-thumb').count()) === 0) {
    await photos.getByLabel(t('feedback:photos.choose')).setInputFiles({ name: 'teich.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps() });
    await expect(photos.getByTestId('photo-thumb')).toHaveCount(1);
  }
  const person = await openOptional(screen, 'section-contact');
  await person.getByLabel(t('feedback:contact.name')).fill(contact.name);
  await person.getByLabel(t('feedback:contact.email')).fill(contact.email);
}

/** Sends a feedback through the form (quarter Herrenberg); the form must be showing. */
async function sendFeedback(page: Page, t: Translate, text: string): Promise<void> {
  const screen = visiblePage(page);
  await chooseQuarter(screen, t);
  await chooseTopic(screen, t);
  await screen.getByRole('textbox', { name: t('feedback:text.label') }).fill(text);
  await screen.getByRole('button', { name: t('feedback:submit'), exact: true }).click();
  await expect(screen.getByTestId('feedback-sent')).toBeVisible();
}

const mitmachen: ResidentWalk = {
  name: 'Mitmachen',
  screens: [
    'Mitmachen: feedback, empty',
    'Mitmachen: feedback, validation errors',
    'Mitmachen: feedback, optional parts open',
    'Mitmachen: proposal, optional parts open, validation errors',
    'Mitmachen: sent, with receipt',
  ],
  async walk({ page, t }, visit) {
    await page.goto('/mitmachen');
    const screen = visiblePage(page);
    await expect(screen.getByTestId('feedback-form')).toBeVisible();
    await visit('Mitmachen: feedback, empty');

    await screen.getByRole('button', { name: t('feedback:submit'), exact: true }).click();
    await expect(screen.getByText(t('feedback:errors.quarterRequired'))).toBeVisible();
    await expect(screen.getByText(t('feedback:errors.textRequired'))).toBeVisible();
    await visit('Mitmachen: feedback, validation errors');

    await screen.getByRole('button', { name: t('feedback:whereAmI.button') }).click();
    await expect(screen.getByTestId('where-am-i-result')).toContainText(t('feedback:whereAmI.denied'));
    await chooseQuarter(screen, t);
    await chooseTopic(screen, t);
    await screen.getByRole('textbox', { name: t('feedback:text.label') }).fill(longText(`A11Y-${randomUUID().slice(0, 8)}`));
    await openEveryOptionalPart(page, t, { name: `Anna ${LONG_WORD}`, email: 'anna@example.org' });
    await visit('Mitmachen: feedback, optional parts open');

    await screen.getByTestId('segment-proposal').click();
    const proposal = screen.getByTestId('proposal-form');
    await expect(proposal).toBeVisible();
    await openEveryOptionalPart(page, t, { name: 'Anna', email: 'anna@' });
    await proposal.getByRole('button', { name: t('feedback:proposal.submit') }).click();
    await expect(proposal.getByText(t('feedback:proposal.errors.titleRequired'))).toBeVisible();
    await expect(proposal.getByText(t('feedback:contact.emailInvalid'))).toBeVisible();
    await visit('Mitmachen: proposal, optional parts open, validation errors');

    // The feedback draft was kept while the proposal form showed.
    await screen.getByTestId('segment-feedback').click();
    await expect(screen.getByTestId('feedback-form')).toBeVisible();
    await screen.getByRole('button', { name: t('feedback:submit'), exact: true }).click();
    const sent = screen.getByTestId('feedback-sent');
    await expect(sent).toHaveAttribute('data-state', 'delivered');
    await expect(sent).toContainText(RECEIPT_PATTERN);
    await visit('Mitmachen: sent, with receipt');
  },
};

const imViertel: ResidentWalk = {
  name: 'Im Viertel',
  screens: ['Im Viertel: list, an item supported', 'Im Viertel: map, an item chosen'],
  async walk({ page, t, manage }, visit) {
    // A published proposal with a photo, a place and a long answer, sent through the form like a resident would.
    const marker = `A11Y-${randomUUID().slice(0, 8)}`;
    await page.goto('/mitmachen');
    const form = visiblePage(page);
    await form.getByTestId('segment-proposal').click();
    // The proposal form, not the feedback form it replaces, must take the quarter.
    await expect(form.getByTestId('proposal-form')).toBeVisible();
    await chooseQuarter(form, t);
    await chooseTopic(form, t);
    await form.getByLabel(t('feedback:proposal.titleLabel')).fill(`${marker} ${LONG_WORD}`);
    await form.getByLabel(t('feedback:proposal.textLabel')).fill(longText(marker));
    await openEveryOptionalPart(page, t, { name: 'Anna', email: 'anna@example.org' });
    await form.getByRole('button', { name: t('feedback:proposal.submit') }).click();
    const sent = form.getByTestId('feedback-sent');
    await expect(sent).toHaveAttribute('data-state', 'delivered');
    const id = await deliveredIdFromServer(manage, marker);
    await manage.patch(id, { moderation: 'published', status: 'in_progress', publicResponse: `Wir prüfen das mit dem Grünflächenamt. ${LONG_LINK}` });

    await page.goto('/viertel');
    const feed = visiblePage(page);
    await feed.getByTestId('feed-quarter').selectOption('erfurt-15-herrenberg');
    const card = feed.getByTestId('feed-item').filter({ hasText: marker });
    await expect(card.getByTestId('public-answer')).toBeVisible();
    await card.getByTestId('support-button').click();
    await expect(card.getByTestId('support-count')).toHaveAttribute('data-count', '1');
    await visit('Im Viertel: list, an item supported');

    await feed.getByRole('button', { name: t('proposals:view.map'), exact: true }).click();
    const map = feed.getByTestId('directory-map');
    await expect(map).toBeVisible();
    // A tap while Leaflet still zooms to fit (markers re-clustered under the pointer) selects nothing; tap again.
    await expect(async () => {
      // Items of other journeys on this server sit at the same rounded place: a cluster is opened first.
      const single = map.locator('.qs-marker');
      if ((await single.count()) === 0) await map.locator('.marker-cluster').first().click({ timeout: 2_000 });
      await single.first().click({ timeout: 2_000 });
      // Other journeys on this server also placed items in Herrenberg: any chosen item's "show in list" will do.
      const showInList = t('proposals:map.showInList', { title: '' }).trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(feed.getByRole('button', { name: new RegExp(`^${showInList}`) })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await visit('Im Viertel: map, an item chosen');
  },
};

async function deliveredIdFromServer(manage: ManageApi, marker: string): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => {
      id = (await manage.listAll({ q: marker }))[0]?.id;
      return id;
    })
    .toBeTruthy();
  if (!id) throw new Error(`no stored item with ${marker}`);
  return id;
}

/** A real (not sample) opportunity at a real centre, with a date ahead, so every part of the details shows. */
function realOpportunity(id: string): Record<string, unknown> {
  const start = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  start.setUTCHours(14, 0, 0, 0);
  const end = new Date(start.getTime() + 3 * 3600 * 1000);
  return {
    id,
    title: { de: `Lesepatenschaft ${LONG_WORD}`, en: `Reading buddy ${LONG_WORD}` },
    organisation: 'Stadtteilzentrum Herrenberg',
    centreId: 'stz-herrenberg',
    commitment: { type: 'one_off' },
    dates: [{ start: start.toISOString(), end: end.toISOString() }],
    skills: ['none_needed'],
    suitableFor: ['everyone'],
    languages: ['de', 'ar'],
    contact: { email: 'ehrenamt@example.org', phone: '+49 361 000000' },
    description: { de: 'Einmal pro Woche mit Kindern lesen.', en: 'Read with children once a week.' },
    source: { urls: [LONG_LINK], lastChecked: '2026-12-01' },
    sample: false,
  };
}

const entdecken: ResidentWalk = {
  name: 'Entdecken',
  screens: [
    'Entdecken: centres, list',
    'Entdecken: centres, map, a place chosen',
    'Entdecken: opportunities, list',
    'Entdecken: opportunities, map',
    'Entdecken: a centre',
    'Entdecken: an opportunity, interest form with errors',
    'Entdecken: an opportunity, interest saved',
  ],
  async walk({ page, t, manage }, visit) {
    const opportunityId = `a11y-${randomUUID().slice(0, 8)}`;
    await manage.publishEntry('opportunities', realOpportunity(opportunityId));

    await page.goto('/entdecken');
    const screen = visiblePage(page);
    await expect(screen.getByTestId('centre-card').first()).toBeVisible();
    await visit('Entdecken: centres, list');

    await screen.getByRole('button', { name: t('discover:view.map'), exact: true }).click();
    const map = screen.getByTestId('directory-map');
    await expect(map.locator('.qs-marker, .marker-cluster').first()).toBeVisible();
    // A tap while Leaflet still zooms to fit (markers re-clustered under the pointer) selects nothing; tap again.
    await expect(async () => {
      await map.locator('.qs-marker').first().click();
      await expect(screen.getByTestId('map-selection')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await visit('Entdecken: centres, map, a place chosen');

    await screen.getByTestId('segment-opportunities').click();
    await screen.getByRole('button', { name: t('discover:view.list'), exact: true }).click();
    await expect(screen.getByTestId('opportunity-card').first()).toBeVisible();
    await visit('Entdecken: opportunities, list');
    await screen.getByRole('button', { name: t('discover:view.map'), exact: true }).click();
    await expect(screen.getByTestId('directory-map').locator('.qs-marker, .marker-cluster').first()).toBeVisible();
    await visit('Entdecken: opportunities, map');

    await page.goto('/entdecken/orte/stz-herrenberg');
    await expect(visiblePage(page).getByTestId('centre-details')).toBeVisible();
    await visit('Entdecken: a centre');

    await page.goto(`/entdecken/engagement/${opportunityId}`);
    const details = visiblePage(page).getByTestId('opportunity-details');
    await expect(details).toBeVisible();
    const form = details.getByTestId('interest-form');
    await form.getByLabel(t('discover:interest.email')).fill('nicht-vollständig@');
    await form.getByRole('button', { name: t('discover:interest.submit') }).click();
    await expect(form.getByText(t('discover:interest.errors.nameRequired'))).toBeVisible();
    await visit('Entdecken: an opportunity, interest form with errors');

    await form.getByLabel(t('discover:interest.name')).fill(`Anna ${LONG_WORD}`);
    await form.getByLabel(t('discover:interest.email')).fill('anna@example.org');
    await form.getByRole('button', { name: t('discover:interest.submit') }).click();
    await expect(details.getByTestId('interest-saved')).toBeVisible();
    await visit('Entdecken: an opportunity, interest saved');
  },
};

const meineBeitraege: ResidentWalk = {
  name: 'Meine Beiträge',
  screens: [
    'Meine Beiträge: empty',
    'Meine Beiträge: waiting, sent with receipt and answer, needs attention',
    'Meine Beiträge: edit and resend',
    'Beitrag nachschlagen: found',
    'Beitrag nachschlagen: not found',
  ],
  async walk({ page, t, manage, faultProxy }, visit) {
    await page.goto('/meine');
    await expect(visiblePage(page).getByTestId('my-items-empty')).toBeVisible();
    await visit('Meine Beiträge: empty');

    // Delivered, then answered by the managers.
    const delivered = `A11Y-sent-${randomUUID().slice(0, 8)}`;
    await page.goto('/mitmachen');
    await sendFeedback(page, t, longText(delivered));
    await expect(visiblePage(page).getByTestId('feedback-sent')).toHaveAttribute('data-state', 'delivered');
    const deliveredId = await deliveredIdFromServer(manage, delivered);
    await manage.patch(deliveredId, { status: 'in_progress', publicResponse: `Danke, wir kümmern uns. ${LONG_LINK}` });

    // Refused by the server: the answer says the topic is unknown (the proxy rewrites the server's acceptance).
    const refused = `A11Y-refused-${randomUUID().slice(0, 8)}`;
    faultProxy.failNext({
      path: '/api/v1/submissions',
      method: 'POST',
      mode: 'rewrite',
      rewrite: (body) => {
        const answer = JSON.parse(body) as { results: { id: string }[] };
        return JSON.stringify({
          results: answer.results.map(({ id }) => ({ id, status: 'rejected', error: { code: 'unknown_topic', message: 'Unknown topic', path: 'topicId' } })),
        });
      },
    });
    await visiblePage(page).getByRole('button', { name: t('feedback:sent.another') }).click();
    await sendFeedback(page, t, longText(refused));
    await expect(visiblePage(page).getByTestId('feedback-sent')).toHaveAttribute('data-state', 'needs_attention');

    // Waiting: the server is unavailable for a long while, the item stays on the device.
    const waiting = `A11Y-waiting-${randomUUID().slice(0, 8)}`;
    faultProxy.failNext({ path: '/api/v1/submissions', method: 'POST', mode: 'status', status: 503, retryAfter: 3600 });
    await visiblePage(page).getByRole('button', { name: t('feedback:sent.another') }).click();
    await sendFeedback(page, t, longText(waiting));

    // Through the tab bar: a reload now would cut off the request the proxy is refusing.
    await page.getByRole('tab', { name: t('common:tabs.mine') }).or(page.getByRole('link', { name: t('common:tabs.mine') })).first().click();
    const mine = visiblePage(page);
    await expect(mine.getByRole('heading', { level: 1, name: t('submissions:title') })).toBeVisible();
    const item = (marker: string) => mine.getByTestId('my-item').filter({ hasText: marker });
    await expect(item(waiting)).toHaveAttribute('data-state', 'saved');
    await expect(item(waiting).locator('.my-item-problem')).toBeVisible();
    await expect(item(refused)).toHaveAttribute('data-state', 'needs_attention');
    await mine.getByTestId('refresh-status').click();
    await expect(item(delivered)).toHaveAttribute('data-changed', 'true');
    await item(delivered).getByTestId('my-item-toggle').click();
    await expect(item(delivered).getByTestId('my-public-answer')).toBeVisible();
    await visit('Meine Beiträge: waiting, sent with receipt and answer, needs attention');

    const receipt = (await item(delivered).getByTestId('receipt').textContent()) ?? '';
    await item(refused).getByRole('button', { name: t('submissions:actions.editResend') }).click();
    const modal = await openModal(page, t('submissions:edit.title'));
    await expect(modal.getByLabel(t('submissions:edit.text'))).toBeVisible();
    await visit('Meine Beiträge: edit and resend');
    await modal.getByRole('button', { name: t('submissions:edit.cancel') }).click();
    await expect(modal).toBeHidden();

    await mine.getByRole('link', { name: t('submissions:lookup.link') }).click();
    const lookup = visiblePage(page);
    await lookup.getByLabel(t('submissions:lookup.label')).fill(receipt);
    await lookup.getByRole('button', { name: t('submissions:lookup.submit') }).click();
    await expect(lookup.getByTestId('lookup-result')).toContainText(t('submissions:status.in_progress'));
    await visit('Beitrag nachschlagen: found');
    await lookup.getByLabel(t('submissions:lookup.label')).fill('ERF-XXXX-XXXX');
    await lookup.getByRole('button', { name: t('submissions:lookup.submit') }).click();
    await expect(lookup.getByTestId('lookup-result')).toContainText(t('submissions:lookup.notFound'));
    await visit('Beitrag nachschlagen: not found');
  },
};

const mehr: ResidentWalk = {
  name: 'Mehr',
  screens: ['Mehr', 'Über'],
  async walk({ page, t }, visit) {
    await page.goto('/mehr');
    const more = visiblePage(page);
    await expect(more.getByRole('heading', { level: 1, name: t('common:screens.more') })).toBeVisible();
    await expect(more.getByRole('radio').first()).toBeVisible();
    await visit('Mehr');
    await more.getByText(t('settings:about.title'), { exact: true }).click();
    await expect(visiblePage(page).getByTestId('licence-attribution')).toBeVisible();
    await visit('Über');
  },
};

/** Every resident screen, grouped by the walks that reach them. */
export const RESIDENT_WALKS: readonly ResidentWalk[] = [mitmachen, imViertel, entdecken, meineBeitraege, mehr];
