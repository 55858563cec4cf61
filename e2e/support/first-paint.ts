import type { Page, Route } from '@playwright/test';
import { findInitialAssets } from '../../bench/budget/initial-assets';
import { REPO_ROOT, STATIC_DIR_ENV } from './app-server';
import { join } from 'node:path';

/** The files the start page loads before its first paint (index.html's scripts, preloads, styles and their imports). */
export async function firstPaintAssets(): Promise<Set<string>> {
  const dir = process.env[STATIC_DIR_ENV] ?? join(REPO_ROOT, 'dist');
  const { js, css } = await findInitialAssets(dir);
  return new Set([...js, ...css]);
}

/**
 * Every other file under /assets/ gets `answer` instead of reaching the server: the page has its first paint,
 * and nothing it fetches later arrives — a connection lost in the first seconds (`abort`), or an update that
 * removed the files this page's code still names (`404`). Returns a function that lets them through again.
 */
export async function failLaterAssets(page: Page, answer: 'abort' | 404): Promise<() => Promise<void>> {
  const initial = await firstPaintAssets();
  const handler = async (route: Route) => {
    const { pathname } = new URL(route.request().url());
    if (initial.has(pathname)) return route.continue();
    if (answer === 'abort') return route.abort('internetdisconnected');
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
  };
  await page.route('**/assets/**', handler);
  return () => page.unroute('**/assets/**', handler);
}

/** Uncaught errors and unhandled rejections of the page, to assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack || error.message || String(error)));
  return errors;
}
