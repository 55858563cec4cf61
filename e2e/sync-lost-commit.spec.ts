import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, shownReceipt, submitFeedback, uniqueFeedback, visiblePage } from './support/app';

// The one fault the design cannot avoid on the server: SQLite with WAL and synchronous=NORMAL (DESIGN §3) may lose
// its last commits in a power cut — after the server already answered `accepted`. A browser test cannot cut the
// power, so the test removes the committed rows from the database file, which is what the server finds after such a
// cut (or after a restore from an older backup). The device still holds the item and must send it again.

test('an item the server lost after giving a receipt is sent again and stored once', async ({ page, server, stored }) => {
  const { marker, text } = uniqueFeedback('lost-commit');
  await page.goto('/mitmachen');
  await fillFeedback(page, { text });
  await submitFeedback(page);
  await openTab(page, 'Meine Beiträge');
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'delivered');
  const id = await item.getAttribute('data-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  if (id === null) return;
  const firstReceipt = await shownReceipt(item);
  expect(stored.countRows(id)).toBe(1);

  // The power cut: the commit is gone from the file (history and links cascade with it).
  const file = readdirSync(server.dataDir).find((name) => /\.(sqlite3?|db)$/.test(name));
  if (!file) throw new Error(`no SQLite file in ${server.dataDir}`);
  const db = new Database(join(server.dataDir, file));
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    expect(db.prepare('DELETE FROM submissions WHERE id = ?').run(id).changes).toBe(1);
  } finally {
    db.close();
  }
  expect(stored.countRows(id)).toBe(0);

  // The resident looks at the status again: the server does not know the id, so the device sends the item again.
  await visiblePage(page).getByTestId('refresh-status').click();
  await expect(visiblePage(page).getByRole('status').filter({ hasText: 'erneut gesendet' })).toBeVisible();
  await expect.poll(() => stored.countRows(id), { timeout: 30_000 }).toBe(1);
  await expect(item).toHaveAttribute('data-state', 'delivered');
  const secondReceipt = await shownReceipt(item);
  expect((await stored.submitterView(id))?.receipt).toBe(secondReceipt);
  // A new commit means a new receipt; the old one pointed at nothing after the loss.
  expect(secondReceipt).not.toBe(firstReceipt);
});
