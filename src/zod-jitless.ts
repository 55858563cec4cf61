/*
 * Runs before any zod schema is built: the first import of sw.ts; the page has the same two lines in
 * public/zod-jitless.js, a deferred classic script listed before the module entry in index.html (a module
 * bundled into the entry would run only after the chunks the entry imports, zod's schemas among them).
 * zod 4 probes `new Function('')` to decide whether to compile fast parsers; our CSP forbids eval, and
 * Chromium reports the blocked probe as a Content-Security-Policy issue even though zod catches it (Lighthouse
 * "best practices" then drops). `jitless` skips the probe; the parsers are the ones zod used under the CSP anyway.
 * This is where z.config() keeps its settings; setting it directly needs no zod code in this tiny first script.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
