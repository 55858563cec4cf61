import type { CapacitorConfig } from '@capacitor/cli';

// Native shells wrap the same Vite build. The shells talk to a configured server (SERVER_URL at
// `npx cap sync` time); the web app itself always uses same-origin /api paths.
const config: CapacitorConfig = {
  appId: 'de.quartiersstimme.app',
  appName: 'Quartiersstimme',
  webDir: 'dist/client',
  ...(process.env.SERVER_URL ? { server: { url: process.env.SERVER_URL, cleartext: false } } : {}),
};

export default config;
