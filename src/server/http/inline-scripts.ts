import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * index.html carries one script inline: the start screen's (src/build/start-shell.ts), which must run before the
 * body is parsed and would cost a round trip before the first paint as a file of its own. The CSP allows no
 * inline script but these, each by the hash of its exact text, read from the built page the server serves.
 */

/** The text of every inline script of a page, in its order (scripts with a `src` are skipped). */
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

/**
 * The hashes of the inline scripts in `staticDir`'s index.html, read again when asked to `recheck` and the file
 * changed (a build written while the server runs brings its own script). The caller rechecks for page requests
 * only, where the CSP's script hashes take effect; API answers carry the last known ones without a look at the
 * disk. None when the app was not built there at start-up: the server then serves no app at all (static-app.ts).
 */
export function appInlineScriptHashes(staticDir: string): ((recheck: boolean) => readonly string[]) | undefined {
  const file = path.join(staticDir, 'index.html');
  if (!fs.existsSync(file)) return undefined;
  let known: { mtimeMs: number; size: number; hashes: string[] } | undefined;
  return (recheck) => {
    if (known && !recheck) return known.hashes;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return [];
    }
    if (!known || known.mtimeMs !== stat.mtimeMs || known.size !== stat.size) {
      known = { mtimeMs: stat.mtimeMs, size: stat.size, hashes: inlineScriptHashes(fs.readFileSync(file, 'utf8')) };
    }
    return known.hashes;
  };
}
