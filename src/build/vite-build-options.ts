import type { BuildEnvironmentOptions, HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';

/*
 * Build options shared by the app (vite.config.ts) and the bare Ionic floor the first-visit bench builds
 * (bench/first-visit/), so the floor is measured with exactly the app's toolchain and tree-shaking rule.
 */
export const sharedBuildOptions: BuildEnvironmentOptions = {
  sourcemap: false,
  rolldownOptions: {
    treeshake: {
      // Ionic's component modules register custom elements as a side effect, but the React
      // wrappers import what they use; marking them side-effect free halves the initial JS (STACK.md).
      moduleSideEffects: [{ test: /[\\/]@ionic[\\/]core[\\/]components[\\/]ion-[^\\/]+\.js$/, sideEffects: false }],
    },
  },
};

type BundleChunk = Extract<NonNullable<IndexHtmlTransformContext['bundle']>[string], { type: 'chunk' }>;

/** The bundle's chunks (not its assets) by file name. */
function chunksByFileName(bundle: Record<string, { type: string }>): Map<string, BundleChunk> {
  return new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[(item as BundleChunk).fileName, item as BundleChunk] as const] : [])));
}

/** The file names of the chunks `isRoot` picks and of every chunk they import statically, transitively. */
function withStaticImports(chunks: Map<string, BundleChunk>, isRoot: (chunk: BundleChunk) => boolean): Set<string> {
  const found = new Set<string>();
  const add = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) add(imported);
  };
  for (const chunk of chunks.values()) {
    if (isRoot(chunk)) add(chunk.fileName);
  }
  return found;
}

/**
 * A modulepreload link for each chunk `isRoot` picks and each chunk it imports, and a preload for their styles
 * (a stylesheet link would hold the first paint back), unless index.html names them already.
 */
function modulepreloadTags(html: string, context: IndexHtmlTransformContext, isRoot: (chunk: BundleChunk) => boolean): HtmlTagDescriptor[] {
  const chunks = chunksByFileName(context.bundle ?? {});
  const wanted = withStaticImports(chunks, isRoot);
  const named = (fileName: string) => html.includes(`/${fileName}"`);
  const scripts = [...wanted].filter((fileName) => !named(fileName)).sort();
  // A chunk's styles are links of their own: loaded by the chunk's import() they would come one round trip late.
  const sheets = [...new Set([...wanted].flatMap((fileName) => [...(chunks.get(fileName)?.viteMetadata?.importedCss ?? [])]))]
    .filter((fileName) => !named(fileName))
    .sort();
  // Low: none of these is needed for the first paint (the start screen's frame), and the browser then fetches
  // what is (the frame's script) first.
  return [
    ...sheets.map((fileName) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', fetchpriority: 'low', crossorigin: true, href: `/${fileName}` }, injectTo: 'head' as const })),
    ...scripts.map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: `/${fileName}` }, injectTo: 'head' as const })),
  ];
}

// Rendered by every Ionic tabs app on its start screen, and each loads helpers right after it connects.
const STARTUP_COMPONENTS = /[\\/]@ionic[\\/]core[\\/]components[\\/]ion-(app|router-outlet)\.js$/;

/**
 * `ion-app` and `ion-router-outlet` import their helpers (tap-click and ripple, focus-visible, keyboard assist,
 * input shims, swipe-back) with dynamic imports right after the first paint, and Ionic never catches a failed one: offline in the first
 * seconds of a first visit that is an uncaught rejection and a tap without ripple or focus ring for the
 * session. A modulepreload for each helper chunk (and the chunks it imports) in index.html fetches them with
 * the entry instead, so the later import() finds them in the module map. About 4 KB gzip.
 */
export function preloadIonicStartupHelpers(): Plugin {
  const helperIds = new Set<string>();
  return {
    name: 'qs:preload-ionic-startup-helpers',
    apply: 'build',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        if (!STARTUP_COMPONENTS.test(id)) continue;
        for (const helper of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) helperIds.add(helper);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (helperIds.size === 0) return html;
        return { html, tags: modulepreloadTags(html, context, (chunk) => chunk.moduleIds.some((id) => helperIds.has(id))) };
      },
    },
  };
}

/** The second entry of the app's build: src/language-prefetch.ts, which must run before the app's own. */
export const LANGUAGE_PREFETCH_ENTRY = 'src/language-prefetch.ts';

/**
 * Vite folds every module script of index.html into one entry, so a script placed there would wait for the
 * whole app's download like any of its imports. Built as an entry of its own (vite.config.ts) and named in
 * index.html before the app's script, it runs as soon as its few hundred bytes arrive.
 */
export function languagePrefetchScript(): Plugin {
  return {
    name: 'qs:language-prefetch-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const entry = Object.values(context.bundle ?? {}).find(
          (item) => item.type === 'chunk' && item.isEntry && (item.facadeModuleId ?? '').endsWith(LANGUAGE_PREFETCH_ENTRY),
        );
        if (!entry) throw new Error(`${LANGUAGE_PREFETCH_ENTRY} is not an entry of this build (vite.config.ts)`);
        return {
          html,
          tags: [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src: `/${entry.fileName}` }, injectTo: 'head-prepend' as const }],
        };
      },
    },
  };
}

/** The app's own code behind the small entry (src/main.tsx imports it after the first paint). */
export const APP_CHUNK_MODULE = 'src/boot.tsx';

/** The chunk src/main.tsx imports after the first paint (or the module named instead). */
function isAppChunk(chunk: BundleChunk, appModule: string): boolean {
  return chunk.isDynamicEntry && (chunk.facadeModuleId ?? '').endsWith(appModule);
}

/**
 * src/main.tsx runs the app's code only after the browser has painted once (the start screen's frame), so that
 * code is a dynamic import. A modulepreload for it and everything it imports, and a preload for its styles,
 * fetch them together with the entry, as before the split; only running them waits for the paint. The styles
 * are no stylesheet links: those would hold the first paint back until they arrived (the frame brings its own
 * styles in index.html), and the import() puts them into the page before the app renders. Fails the build
 * when the chunk is not there. The first-visit bench's frame-first floor names its own module.
 */
export function preloadAppChunk(appModule: string = APP_CHUNK_MODULE): Plugin {
  return {
    name: 'qs:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const isApp = (chunk: BundleChunk) => isAppChunk(chunk, appModule);
        if (!Object.values(context.bundle ?? {}).some((item) => item.type === 'chunk' && isApp(item))) {
          throw new Error(`${appModule} is not a chunk of this build (its entry imports it)`);
        }
        refuseStylesBeforeApp(chunksByFileName(context.bundle ?? {}), isApp);
        return { html, tags: modulepreloadTags(html, context, isApp) };
      },
    },
  };
}

/**
 * src/main.tsx imports parts of the app's code in steps before the app chunk (each evaluated in a task of its
 * own). A step that brought a stylesheet would put it into the page before the app's, changing which rule wins
 * between equally specific ones; the build fails instead, naming the step.
 */
function refuseStylesBeforeApp(chunks: Map<string, BundleChunk>, isApp: (chunk: BundleChunk) => boolean): void {
  for (const entry of chunks.values()) {
    if (!entry.isEntry) continue;
    for (const fileName of entry.dynamicImports) {
      const step = chunks.get(fileName);
      if (!step || isApp(step)) continue;
      const styles = [...withStaticImports(chunks, (chunk) => chunk === step)].flatMap((name) => [...(chunks.get(name)?.viteMetadata?.importedCss ?? [])]);
      if (styles.length > 0) {
        throw new Error(`${step.facadeModuleId ?? fileName}, imported by ${entry.fileName} before the app, brings styles (${styles.join(', ')}): they would come before the app's`);
      }
    }
  }
}

/** V8's hint that every function of a script runs while the page loads (Chrome 136+; others ignore a comment). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The file names of the chunks a first visit runs at once: the entries index.html names and the app chunk
 * (src/boot.tsx) with everything they import statically.
 */
export function startChunkFileNames(bundle: Record<string, { type: string }>): Set<string> {
  return withStaticImports(chunksByFileName(bundle), (chunk) => chunk.isEntry || isAppChunk(chunk, APP_CHUNK_MODULE));
}

/**
 * V8 compiles a function when it is first called, on the main thread, unless the script asks for all of it at
 * once: then it compiles while the file streams in, on a background thread. Nearly everything in the start
 * page's chunks runs on a first visit (React, Ionic's runtime, Dexie, zod, the form), so those chunks carry
 * the hint; screens loaded later are left to V8's own choice (hinting them too did not make the other tabs
 * open faster). Measured on the built app, two paired runs (docs/decisions.md): the long tasks' excess after
 * the first paint at Chromium's own 4× throttling −10 to −35 %, Lighthouse's TBT −5 to −28 %. Added before
 * the files are written, so the precompressed copies and the service worker's precache manifest see the same
 * bytes; a source map, where the build writes one, starts one line later to match (compared mapping by mapping
 * on a build with source maps).
 */
export function compileHintsForStartChunks(): Plugin {
  return {
    name: 'qs:compile-hints-for-start-chunks',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const fileName of startChunkFileNames(bundle)) {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // A leading ';' in the mappings is one generated line with nothing mapped: the comment's. Rolldown
          // writes the map from its `.map` asset (already in the bundle here), Rollup from `chunk.map`.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const map = bundle[`${fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
        }
      },
    },
  };
}
