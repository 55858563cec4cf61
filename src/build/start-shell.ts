import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { LANGUAGES, type Language } from '../shared/languages';
import {
  pickStartShellTexts,
  START_SHELL_TAB_ICONS,
  startShellIconSprite,
  startShellLanguageRules,
  startShellMarkup,
  type StartShellTexts,
} from '../ui/start-shell';

export interface StartShellPaths {
  /** i18n/ with a folder per language */
  i18nDir: string;
  /** src/ui/start-shell.css */
  css: string;
  /** src/start-shell-script.ts */
  script: string;
}

function readNamespace(i18nDir: string, language: Language, namespace: string): unknown {
  return JSON.parse(readFileSync(join(i18nDir, language, `${namespace}.json`), 'utf8'));
}

/** Every language's frame texts, read from i18n/ (a language whose files lack one is left out, and shows no frame). */
export function startShellTextTable(i18nDir: string): Partial<Record<Language, StartShellTexts>> {
  const table: Partial<Record<Language, StartShellTexts>> = {};
  for (const language of LANGUAGES) {
    const texts = pickStartShellTexts(readNamespace(i18nDir, language, 'feedback'), readNamespace(i18nDir, language, 'common'));
    if (texts) table[language] = texts;
  }
  return table;
}

/** The tab bar's icons as the frame's SVG sprite, from the SVG files of the ionicons package the app draws them from. */
export function startShellIconSvg(): string {
  // The package exports no folder; its icon list sits in dist/ beside the svg/ folder.
  const svgDir = join(dirname(createRequire(import.meta.url).resolve('ionicons/dist/ionicons.json')), 'svg');
  return startShellIconSprite(START_SHELL_TAB_ICONS.map((name) => readFileSync(join(svgDir, `${name}.svg`), 'utf8')));
}

/** The classic script that picks the frame's language, bundled by esbuild (Rolldown writes this build's chunks as modules). */
export async function bundleStartShellScript(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, write: false, target: 'es2020', logLevel: 'silent' });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`esbuild wrote nothing for ${entry}`);
  return code;
}

/**
 * The script's text as it goes inside `<script>…</script>`: a `</script` or `<!--` in it would end or change the
 * element early, so such code fails the build rather than the page.
 */
export function inlineScriptText(code: string): string {
  if (/<\/script|<!--/i.test(code)) throw new Error('the start screen script cannot be inlined: it contains </script or <!--');
  return code.trim();
}

/**
 * Puts the start screen's frame into index.html (src/ui/start-shell.ts says why): its markup for every language
 * at the top of the body, its styles inline in the head (no stylesheet request before the first paint), and the
 * classic script that picks the language inline as the head's first element. Inline, because a script file there
 * blocks the first paint for one more round trip, on a slow connection the longest part of it; the server's CSP
 * allows exactly this script by its hash (src/server/http/inline-scripts.ts reads it from the built index.html).
 */
export function startShell(paths: StartShellPaths): Plugin {
  let script = '';
  return {
    name: 'qs:start-shell',
    apply: 'build',
    async buildStart() {
      this.addWatchFile(paths.script);
      script = inlineScriptText(await bundleStartShellScript(paths.script));
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!script) throw new Error('the start screen script was not bundled by this build');
        const table = startShellTextTable(paths.i18nDir);
        const css = `${readFileSync(paths.css, 'utf8')}\n${startShellLanguageRules(Object.keys(table))}`;
        if (!/<body>/.test(html)) throw new Error('index.html has no <body> to put the start screen frame into');
        return {
          html: html.replace('<body>', `<body>\n    ${startShellMarkup(table, startShellIconSvg())}`),
          tags: [
            { tag: 'script', children: script, injectTo: 'head-prepend' },
            { tag: 'style', children: css, injectTo: 'head' },
          ],
        };
      },
    },
  };
}
