// Deferred like the module scripts and listed before them, so it runs before any zod schema is built.
// Why: see src/zod-jitless.ts (the service worker's copy of this setting).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
