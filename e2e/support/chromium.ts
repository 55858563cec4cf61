import { accessSync, constants } from 'node:fs';

/**
 * Flags for every Chromium we launch. `--no-sandbox` because CI runs as root; the rest keep the browser from talking
 * to Google or updating itself in the middle of a run (STACK.md). Deliberately NOT @sparticuz/chromium's own `args`:
 * they include `--single-process`, which breaks service workers and multiple contexts.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type ChromiumSource = 'CHROME_PATH' | 'system' | 'sparticuz';

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
}

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the Chromium to test with, in this order: `CHROME_PATH` (an explicit choice must exist, or we fail loudly
 * rather than silently testing another browser), Debian's `chromium`, then the headless shell that
 * `@sparticuz/chromium` ships inside node_modules (so `npm ci && npm test` works without apt).
 * `QS_FORCE_SPARTICUZ=1` skips the first two, to check the fallback on a machine that has a system Chromium.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const forceFallback = env.QS_FORCE_SPARTICUZ === '1';
  const explicit = env.CHROME_PATH?.trim();
  if (!forceFallback && explicit) {
    if (!isExecutable(explicit)) throw new Error(`CHROME_PATH=${explicit} is not an executable file.`);
    return { executablePath: explicit, source: 'CHROME_PATH' };
  }
  if (!forceFallback) {
    const system = SYSTEM_CANDIDATES.find(isExecutable);
    if (system) return { executablePath: system, source: 'system' };
  }
  try {
    // Imported lazily: inflating the brotli archives costs a few seconds and is only needed without a system browser.
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return { executablePath: await sparticuz.executablePath(), source: 'sparticuz' };
  } catch (cause) {
    throw new Error(
      'No Chromium found: set CHROME_PATH, install Debian\'s chromium (apt-get install -y chromium), ' +
        'or keep the @sparticuz/chromium dev dependency installed.',
      { cause },
    );
  }
}
