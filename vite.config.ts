import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkFileName, OTHER_LANGUAGE_CHUNKS } from './src/build/language-chunks';
import { precompress } from './src/build/precompress';
import { startShell } from './src/build/start-shell';
import { compileHintsForStartChunks, LANGUAGE_PREFETCH_ENTRY, languagePrefetchScript, preloadAppChunk, preloadIonicStartupHelpers, sharedBuildOptions } from './src/build/vite-build-options.ts';

export default defineConfig({
  plugins: [
    react(),
    preloadIonicStartupHelpers(),
    preloadAppChunk(),
    compileHintsForStartChunks(),
    languagePrefetchScript(),
    startShell({
      i18nDir: fileURLToPath(new URL('./i18n', import.meta.url)),
      css: fileURLToPath(new URL('./src/ui/start-shell.css', import.meta.url)),
      script: fileURLToPath(new URL('./src/start-shell-script.ts', import.meta.url)),
    }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'autoUpdate',
      // Complete enough for Chromium's richer install dialog (screenshots) and app shortcuts; e2e/install.spec.ts
      // asks Chromium whether it is installable. Icons and screenshots: e2e/manifest-assets/ (run once, committed).
      manifest: {
        // The id an installed app is known by; '/' is what browsers derived from start_url before it was set.
        id: '/',
        name: 'Quartiersstimme',
        short_name: 'Quartiersstimme',
        description: 'Feedback, Vorschläge und Engagement in Ihrem Stadtteil – auch ohne Verbindung.',
        lang: 'de',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f5f8b',
        categories: ['social', 'government', 'lifestyle'],
        icons: [
          ...[72, 96, 128, 144, 152, 192, 256, 384, 512].map((size) => ({
            src: `/icons/icon-${size}.png`,
            sizes: `${size}x${size}`,
            type: 'image/png',
          })),
          { src: '/icons/icon-192-maskable.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          {
            src: '/screenshots/mitmachen-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Feedback zum eigenen Stadtteil geben, auch ohne Verbindung',
          },
          {
            src: '/screenshots/entdecken-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Stadtteilzentren und Engagement in der Nähe finden',
          },
          {
            src: '/screenshots/entdecken-wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Stadtteilzentren und Engagement in Erfurt, als Liste und auf der Karte',
          },
        ],
        shortcuts: [
          {
            name: 'Feedback geben',
            short_name: 'Feedback',
            description: 'Dem Quartiersmanagement sagen, was in Ihrem Stadtteil gut läuft und was fehlt',
            url: '/mitmachen',
            icons: [
              { src: '/icons/shortcut-feedback-96.png', sizes: '96x96', type: 'image/png' },
              { src: '/icons/shortcut-feedback-192.png', sizes: '192x192', type: 'image/png' },
            ],
          },
          {
            name: 'Zentren finden',
            short_name: 'Zentren',
            description: 'Stadtteilzentren und Engagement in Ihrer Nähe finden',
            url: '/entdecken',
            icons: [
              { src: '/icons/shortcut-discover-96.png', sizes: '96x96', type: 'image/png' },
              { src: '/icons/shortcut-discover-192.png', sizes: '192x192', type: 'image/png' },
            ],
          },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        // Only German is precached; another language is cached when first used (src/offline/language-route.ts).
        // Screenshots are for the browser's install dialog only: no resident's phone needs them offline.
        globIgnores: [...OTHER_LANGUAGE_CHUNKS, 'screenshots/**'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
    // Last: compresses what every plugin before it wrote, sw.js included.
    precompress(),
  ],
  build: {
    ...sharedBuildOptions,
    rolldownOptions: {
      ...sharedBuildOptions.rolldownOptions,
      input: { index: 'index.html', 'language-prefetch': LANGUAGE_PREFETCH_ENTRY },
      output: { chunkFileNames: chunkFileName },
    },
    // dist/server holds the bundled server (src/build/build-server.ts); only dist/client is served.
    outDir: 'dist/client',
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
