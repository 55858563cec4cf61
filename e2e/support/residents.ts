import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { myItem, visiblePage } from './app';

// Page helpers for the residents' journeys (issue 5), written against the German labels.

export function uniqueProposal(purpose: string): { marker: string; title: string; text: string } {
  const marker = `E2E-${purpose}-${randomUUID().slice(0, 8)}`;
  return { marker, title: `${marker} Bänke am Domplatz`, text: `${marker}: Am Domplatz fehlen schattige Sitzplätze.` };
}

export async function chooseKind(page: Page, kind: 'Feedback' | 'Vorschlag'): Promise<void> {
  await visiblePage(page).getByTestId(kind === 'Feedback' ? 'segment-feedback' : 'segment-proposal').click();
  await expect(visiblePage(page).getByTestId(kind === 'Feedback' ? 'feedback-form' : 'proposal-form')).toBeVisible();
}

/**
 * Switches "Entdecken" to the volunteering list and waits until it is the one in view. Both lists have a field
 * labelled "Suchen"; the segment reports its change a moment after the tap, so typing at once could land in the
 * places' search, which the switch then hides.
 */
export async function showOpportunities(screen: Locator): Promise<void> {
  await screen.getByTestId('segment-opportunities').click();
  await expect(screen.getByRole('search', { name: 'Engagement suchen und filtern' })).toBeVisible();
}

export async function chooseQuarterBySearch(page: Page, search: string, quarter: string): Promise<void> {
  const screen = visiblePage(page);
  await screen.getByLabel('Stadtteil suchen').fill(search);
  await screen.getByRole('button', { name: new RegExp(`^${quarter}(\\s|$)`) }).click();
  await expect(screen.getByTestId('chosen-quarter')).toContainText(quarter);
}

export async function fillProposal(page: Page, input: { title: string; text: string }): Promise<void> {
  const screen = visiblePage(page);
  await chooseQuarterBySearch(page, 'Altst', 'Altstadt');
  await screen.getByLabel('Thema').selectOption({ index: 1 });
  await screen.getByLabel('Titel Ihres Vorschlags').fill(input.title);
  await screen.getByLabel('Beschreibung').fill(input.text);
}

/** Opens one of the collapsed optional parts of a form ("Fotos (freiwillig)" …). */
export async function openSection(page: Page, testId: 'section-location' | 'section-photos' | 'section-contact'): Promise<Locator> {
  const section = visiblePage(page).getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  await expect(section).toHaveAttribute('open', '');
  return section;
}

/** The id of my item once it shows as delivered. */
export async function deliveredId(page: Page, marker: string): Promise<string> {
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'delivered');
  const id = await item.getAttribute('data-id');
  if (!id) throw new Error(`my item ${marker} has no data-id`);
  return id;
}

/** A real JPEG carrying camera and GPS EXIF (Erfurt, Domplatz), made with sharp. */
export async function jpegWithGps(): Promise<Buffer> {
  const buffer = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#cc3333' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'E2E-Camera', Model: 'Quartiersstimme Test', Copyright: 'nobody' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '50/1 58/1 31/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '11/1 1/1 22/1',
      },
    })
    .toBuffer();
  return buffer;
}

export async function exifOf(bytes: Buffer): Promise<Buffer | undefined> {
  return (await sharp(bytes).metadata()).exif;
}

/** Counts calls to the geolocation API, so a journey can prove the app never asked. */
export async function countGeolocationCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = { calls: 0 };
    (window as unknown as { __geoCalls: typeof counter }).__geoCalls = counter;
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition.bind(geo);
    geo.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
      counter.calls += 1;
      original(...args);
    };
  });
}

export async function geolocationCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __geoCalls?: { calls: number } }).__geoCalls?.calls ?? -1);
}

/** A stored setting (a draft, the remembered quarter) as JSON, read straight from IndexedDB; '' when absent. */
export async function storedSettingJson(page: Page, key: string): Promise<string> {
  return page.evaluate(
    (settingKey) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('quartiersstimme');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          // Before the app has created its tables there is nothing stored yet.
          if (!database.objectStoreNames.contains('settings')) {
            database.close();
            resolve('');
            return;
          }
          const request = database.transaction('settings').objectStore('settings').get(settingKey);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const record = request.result as { value?: unknown } | undefined;
            database.close();
            resolve(record?.value === undefined ? '' : JSON.stringify(record.value));
          };
        };
      }),
    key,
  );
}

/** The Blobs of the photos waiting in the outbox, read straight from IndexedDB. */
export async function outboxPhotoBytes(page: Page): Promise<Buffer[]> {
  const arrays = await page.evaluate(
    () =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open('quartiersstimme');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = async () => {
            const records = request.result as { media?: { blob: Blob }[] }[];
            const blobs = records.flatMap((r) => (r.media ?? []).map((m) => m.blob));
            resolve(await Promise.all(blobs.map(async (b) => [...new Uint8Array(await b.arrayBuffer())])));
          };
        };
      }),
  );
  return arrays.map((a) => Buffer.from(a));
}
