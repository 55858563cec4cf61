import { escapeHtml } from '../shared/escape-html';
import { languageInfo, type Language } from '../shared/languages';

/*
 * The start screen's frame — header, the feedback/proposal choice, the intro and the tab bar — in every
 * language, as plain HTML and CSS inside index.html (src/build/start-shell.ts puts it there). On a first visit
 * over a slow connection the app's code takes seconds to arrive and run; until now the resident looked at a
 * white page all that time. A tiny classic script at the top of the page (src/start-shell-script.ts) picks the
 * resident's language on the start route, so the frame is painted as soon as the page itself has arrived. It
 * covers the app until the start screen is ready (or the resident has gone elsewhere, or something failed),
 * then goes in the same frame the real screen is drawn, so nothing jumps. It is hidden from assistive
 * technology: nothing in it can be used, and the real screen is read when it comes.
 */

export const START_SHELL_ID = 'qs-start-shell';
/** Set on <html> to the language whose frame is shown; absent when none is. */
export const START_SHELL_ATTRIBUTE = 'data-start-shell';
/** Set on <html> to `ios` where Ionic will draw its iOS mode, whose header and tab bar have other measures. */
export const START_SHELL_MODE_ATTRIBUTE = 'data-start-shell-mode';

/**
 * The mode Ionic will pick, by its own rule (@ionic/core's platform detection, read from its source): iOS for an
 * iPhone, iPod or iPad, and for an iPad that calls itself "Macintosh" but has a touch screen; Material Design
 * everywhere else. The frame follows it so that nothing moves when the real screen takes its place.
 */
export function startShellMode(userAgent: string, coarsePointer: boolean): 'ios' | 'md' {
  if (/iPhone|iPod|iPad/i.test(userAgent)) return 'ios';
  return /Macintosh/i.test(userAgent) && coarsePointer ? 'ios' : 'md';
}

/**
 * The tab bar's icons in its order (app/MainTabs.tsx), by their file names in ionicons' `dist/svg`; the build
 * turns each into a symbol of the frame's SVG sprite (`startShellIconSprite`). A unit test holds this list to
 * the one MainTabs imports.
 */
export const START_SHELL_TAB_ICONS = [
  'chatbubble-ellipses-outline',
  'people-outline',
  'compass-outline',
  'file-tray-full-outline',
  'ellipsis-horizontal-circle-outline',
] as const;

/** The id of the sprite's symbol for the tab at `index` (0-based). */
export function startShellIconId(index: number): string {
  return `qs-start-icon-${index + 1}`;
}

/**
 * The tab icons as one hidden SVG sprite (a symbol per tab, in `START_SHELL_TAB_ICONS`' order) that each tab
 * draws with `<use>`. Not CSS masks with data URLs: Chromium makes each such SVG image a document of its own,
 * and the five of them made the style pass before the first paint about ten times as long (measured, docs/
 * decisions.md). Each file's outer `<svg>` gives its viewBox; its content is taken as it is (ionicons' own files).
 */
export function startShellIconSprite(svgs: readonly string[]): string {
  const symbols = svgs.map((svg, index) => {
    const match = /^\s*<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(svg);
    const viewBox = match ? /\bviewBox="([^"]*)"/.exec(match[1] ?? '')?.[1] : undefined;
    if (!match || !viewBox) throw new Error(`tab icon ${index + 1} is not an <svg> with a viewBox`);
    const content = (match[2] ?? '').replace(/\s+/g, ' ').trim();
    return `<symbol id="${startShellIconId(index)}" viewBox="${escapeHtml(viewBox)}">${content}</symbol>`;
  });
  return `<svg class="start-shell-sprite" width="0" height="0" focusable="false">${symbols.join('')}</svg>`;
}

export interface StartShellTexts {
  /** feedback:title */
  title: string;
  /** feedback:intro */
  intro: string;
  /** feedback:kind.feedback, feedback:kind.proposal */
  kinds: readonly [string, string];
  /** common:tabs in the tab bar's order */
  tabs: readonly string[];
}

/** Mitmachen, where the tab bar's first tab and "/" lead; other routes start with their own screens. */
export function isStartPath(pathname: string): boolean {
  return pathname === '/' || pathname === '/mitmachen' || pathname === '/mitmachen/';
}

function text(source: unknown, ...path: string[]): string | undefined {
  let value: unknown = source;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The frame's texts from a language's `feedback` and `common` namespaces (the keys the real screen shows), tabs
 * in the tab bar's order (app/MainTabs.tsx); undefined when one is missing.
 */
export function pickStartShellTexts(feedback: unknown, common: unknown): StartShellTexts | undefined {
  const title = text(feedback, 'title');
  const intro = text(feedback, 'intro');
  const feedbackKind = text(feedback, 'kind', 'feedback');
  const proposalKind = text(feedback, 'kind', 'proposal');
  const tabs = ['participate', 'quarter', 'discover', 'mine', 'more'].map((tab) => text(common, 'tabs', tab));
  if (!title || !intro || !feedbackKind || !proposalKind) return undefined;
  if (tabs.some((tab) => tab === undefined)) return undefined;
  return { title, intro, kinds: [feedbackKind, proposalKind], tabs: tabs as string[] };
}

function page(language: Language, texts: StartShellTexts): string {
  const info = languageInfo(language);
  const span = (className: string, value: string) => `<span class="${className}">${escapeHtml(value)}</span>`;
  return (
    `<div class="start-shell-page" data-language="${escapeHtml(language)}" lang="${escapeHtml(info?.lang ?? language)}" dir="${info?.dir ?? 'ltr'}">` +
    `<div class="start-shell-header"><div class="start-shell-title">${escapeHtml(texts.title)}</div><div class="start-shell-strip"></div></div>` +
    `<div class="start-shell-content"><div class="start-shell-body"><div class="start-shell-kinds">` +
    span('start-shell-kind start-shell-kind-chosen', texts.kinds[0]) +
    span('start-shell-kind', texts.kinds[1]) +
    `</div><p class="start-shell-intro">${escapeHtml(texts.intro)}</p></div></div>` +
    `<div class="start-shell-tabs">${texts.tabs
      .map((tab, index) => `<span class="start-shell-tab"><svg class="start-shell-icon" focusable="false"><use href="#${startShellIconId(index)}"/></svg>${span('start-shell-label', tab)}</span>`)
      .join('')}</div>` +
    `</div>`
  );
}

/**
 * The frame's markup for index.html: one page per language, none shown until the script names one, and the tab
 * icons' sprite (`startShellIconSprite`; without it the tabs draw no icon) that every page's tabs use.
 */
export function startShellMarkup(table: Partial<Record<Language, StartShellTexts>>, iconSprite = ''): string {
  const pages = Object.entries(table).map(([language, texts]) => page(language as Language, texts as StartShellTexts));
  return `<div id="${START_SHELL_ID}" class="start-shell" aria-hidden="true" data-testid="start-shell">${iconSprite}${pages.join('')}</div>`;
}

/** The rules that show the named language's page (one per language: CSS cannot compare two attributes). */
export function startShellLanguageRules(languages: readonly string[]): string {
  return languages
    .map((language) => `html[${START_SHELL_ATTRIBUTE}="${language}"] .start-shell-page[data-language="${language}"]{display:block}`)
    .join('\n');
}

/** Whether the frame is shown: the script named a language and nothing has taken the frame away yet. */
export function startShellShown(doc: Document = document): boolean {
  return doc.documentElement.hasAttribute(START_SHELL_ATTRIBUTE) && doc.getElementById(START_SHELL_ID) !== null;
}

/** For each document whose frame someone waits on: the wait, and what ends it. */
const gone = new WeakMap<Document, { promise: Promise<void>; resolve: () => void }>();

/** Takes the frame away; safe to call any number of times, and when it was never shown. */
export function dismissStartShell(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (!doc) return;
  doc.getElementById(START_SHELL_ID)?.remove();
  doc.documentElement.removeAttribute(START_SHELL_ATTRIBUTE);
  doc.documentElement.removeAttribute(START_SHELL_MODE_ATTRIBUTE);
  gone.get(doc)?.resolve();
  gone.delete(doc);
}

/**
 * Resolves once the frame is gone: the real start screen has taken its place (the form with its catalogs, the
 * offline message, another tab) — at once when it was never shown.
 */
export function startShellGone(doc: Document = document): Promise<void> {
  if (!startShellShown(doc)) return Promise.resolve();
  let signal = gone.get(doc);
  if (!signal) {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    gone.set(doc, (signal = { promise, resolve }));
  }
  return signal.promise;
}
