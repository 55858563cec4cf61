import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';

// Checks the browser we found (system Chromium or the @sparticuz fallback) can do what the journeys rely on —
// service worker control, offline reload from a cache, IndexedDB — independent of the app, so a failure here
// points at the browser setup and not at our code.

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title></head>
<body><main><h1 id="state">loading</h1></main><script>
  navigator.serviceWorker.register('/sw.js');
  const open = indexedDB.open('probe', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('kv');
  open.onsuccess = () => {
    const tx = open.result.transaction('kv', 'readwrite');
    const store = tx.objectStore('kv');
    const read = store.get('visits');
    read.onsuccess = () => store.put((read.result || 0) + 1, 'visits');
    tx.oncomplete = () => {
      const again = open.result.transaction('kv').objectStore('kv').get('visits');
      again.onsuccess = () => { document.getElementById('state').textContent = 'visits ' + again.result; };
    };
  };
</script></body></html>`;

const WORKER = `
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open('probe').then((cache) => cache.add('/')).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  event.respondWith(fetch(event.request).catch(() => caches.match('/')));
});`;

let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const isWorker = req.url === '/sw.js';
    res.writeHead(200, { 'content-type': isWorker ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(isWorker ? WORKER : PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no probe address');
  origin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('the browser runs a service worker, reloads offline from its cache and keeps IndexedDB', async ({
  page,
  context,
}) => {
  await page.goto(`${origin}/`);
  await expect(page.locator('#state')).toHaveText('visits 1');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#state')).toHaveText(/^visits [23]$/);
  await context.setOffline(false);
});
