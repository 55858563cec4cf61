import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * index.html carries one script inline: the start screen's (src/build/start-shell.ts), which must run before the
 * body is parsed and would cost a round trip before the first paint as a file of its own. The CSP allows no
 * inline script but these, each by the hash of its exact text, read from the built page the server serves.
 */

/** The text of every inline classic script of a page, in its order (scripts with a `src` are skipped). */
export function inlineScriptTexts(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const text = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || text === '') continue;
    texts.push(text);
  }
  return texts;
}

/** `'sha256-…'` source expressions for every inline script of a page: the hash of its exact text. */
export function inlineScriptHashes(html: string): string[] {
  return inlineScriptTexts(html).map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}

/** The hashes of the inline scripts in `staticDir`'s index.html; none when the app is not built there. */
export function appInlineScriptHashes(staticDir: string): string[] {
  const file = path.join(staticDir, 'index.html');
  return fs.existsSync(file) ? inlineScriptHashes(fs.readFileSync(file, 'utf8')) : [];
}
