import { expect, type Page } from '@playwright/test';

/** The catalog documents (quarters, quarterNames, topics …) the device has in IndexedDB, sorted. */
export function cachedCatalogKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('quartiersstimme');
        open.onsuccess = () => {
          // Opened before the app created its database: an empty one, nothing cached yet.
          if (!open.result.objectStoreNames.contains('catalog')) {
            open.result.close();
            resolve([]);
            return;
          }
          const request = open.result.transaction('catalog').objectStore('catalog').getAllKeys();
          request.onsuccess = () => {
            resolve((request.result as string[]).sort());
            open.result.close();
          };
        };
        open.onerror = () => resolve([]);
      }),
  );
}

/**
 * Waits until the given catalog documents are on the device. The start page shows its form once the quarter
 * names and topics are there; the boundaries ("Wo bin ich?", map outlines) arrive alongside, not waited for.
 */
export async function waitForCatalog(page: Page, keys: string[]): Promise<void> {
  await expect.poll(() => cachedCatalogKeys(page)).toEqual(expect.arrayContaining(keys));
}
