import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkFileName, OTHER_LANGUAGE_CHUNKS } from './src/build/language-chunks';
import { precompress } from './src/build/precompress';
import { preloadIonicStartupHelpers, sharedBuildOptions } from './vite.build-options.ts';

export default defineConfig({
  plugins: [
    react(),
    preloadIonicStartupHelpers(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Quartiersstimme',
        short_name: 'Quartiersstimme',
        description: 'Feedback, Vorschläge und Engagement in Ihrem Stadtteil',
        lang: 'de',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f5f8b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        // Only German is precached; a language is cached when first used (src/offline/language-route.ts).
        globIgnores: OTHER_LANGUAGE_CHUNKS,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
    // Last: compresses what every plugin before it wrote, sw.js included.
    precompress(),
  ],
  build: {
    ...sharedBuildOptions,
    rolldownOptions: { ...sharedBuildOptions.rolldownOptions, output: { chunkFileNames: chunkFileName } },
    // dist/server holds the bundled server (src/build/build-server.ts); only dist/client is served.
    outDir: 'dist/client',
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
