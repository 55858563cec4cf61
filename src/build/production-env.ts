/**
 * `import.meta.env` as Vite's production build replaces it, for the places that bundle the app's modules with
 * esbuild instead (the journeys' outbox helper, the outbox bench): without it `import.meta.env.DEV` reads a
 * property of undefined and the bundle throws when it runs.
 */
export const PRODUCTION_IMPORT_META_ENV = {
  'import.meta.env': JSON.stringify({ BASE_URL: '/', MODE: 'production', DEV: false, PROD: true, SSR: false }),
};
