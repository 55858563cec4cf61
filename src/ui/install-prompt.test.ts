import { describe, expect, it } from 'vitest';
import { createInstallPrompt, isIosSafari, type InstallEnvironment } from './install-prompt';

const UA = {
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iphoneInApp: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  ipadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
};

/** A stand-in browser: events the test dispatches, display modes the test switches. */
function fakeBrowser(options: { userAgent?: string; maxTouchPoints?: number; standalone?: boolean; iosStandalone?: boolean } = {}) {
  const events = new EventTarget();
  const modes = new Map<string, { matches: boolean; target: EventTarget }>();
  const env: InstallEnvironment = {
    events,
    matchMedia: (query) => {
      const entry = { matches: query === '(display-mode: standalone)' && options.standalone === true, target: new EventTarget() };
      modes.set(query, entry);
      return {
        get matches() {
          return entry.matches;
        },
        addEventListener: (type: string, listener: EventListenerOrEventListenerObject | null) => entry.target.addEventListener(type, listener),
      } as Pick<MediaQueryList, 'matches' | 'addEventListener'>;
    },
    userAgent: options.userAgent ?? UA.androidChrome,
    maxTouchPoints: options.maxTouchPoints ?? 5,
    iosStandalone: options.iosStandalone,
  };
  const browser = {
    env,
    prompts: 0,
    /** What the resident answers in the browser's dialog. */
    answer: 'accepted' as 'accepted' | 'dismissed',
    /** The browser offers installation; returns whether the page took the event (preventDefault). */
    offerInstall(): boolean {
      const event = new Event('beforeinstallprompt', { cancelable: true });
      Object.assign(event, {
        prompt: async () => void (browser.prompts += 1),
        userChoice: Promise.resolve().then(() => ({ outcome: browser.answer, platform: 'web' })),
      });
      events.dispatchEvent(event);
      return event.defaultPrevented;
    },
    installed: () => events.dispatchEvent(new Event('appinstalled')),
    openStandalone() {
      const entry = modes.get('(display-mode: standalone)');
      if (!entry) throw new Error('standalone was never asked for');
      entry.matches = true;
      entry.target.dispatchEvent(new Event('change'));
    },
  };
  return browser;
}

describe('install prompt', () => {
  it('keeps the browser’s event instead of its own banner, and offers installation with it', async () => {
    const browser = fakeBrowser();
    const install = createInstallPrompt(browser.env);
    expect(install.getState()).toBe('unavailable');
    let changes = 0;
    install.subscribe(() => (changes += 1));

    expect(browser.offerInstall(), 'the page took the event').toBe(true);
    expect(install.getState()).toBe('available');
    expect(await install.prompt()).toBe('accepted');
    expect(browser.prompts).toBe(1);
    expect(install.getState()).toBe('installed');
    expect(changes).toBe(2);
  });

  it('offers nothing after the resident declined, until the browser offers again; an event opens one dialog', async () => {
    const browser = fakeBrowser();
    const install = createInstallPrompt(browser.env);
    browser.answer = 'dismissed';
    browser.offerInstall();
    expect(await install.prompt()).toBe('dismissed');
    expect(install.getState()).toBe('unavailable');
    expect(await install.prompt()).toBe('unavailable');
    expect(browser.prompts).toBe(1);

    browser.offerInstall();
    expect(install.getState()).toBe('available');
  });

  it('is installed when the browser says so or the app opens in its own window', () => {
    const browser = fakeBrowser();
    const install = createInstallPrompt(browser.env);
    browser.offerInstall();
    browser.installed();
    expect(install.getState()).toBe('installed');

    const other = fakeBrowser();
    const inWindow = createInstallPrompt(other.env);
    other.openStandalone();
    expect(inWindow.getState()).toBe('installed');

    expect(createInstallPrompt(fakeBrowser({ standalone: true }).env).getState()).toBe('installed');
    expect(
      createInstallPrompt(fakeBrowser({ userAgent: UA.iphoneSafari, iosStandalone: true, maxTouchPoints: 5 }).env).getState(),
    ).toBe('installed');
  });

  it('explains the share sheet on iOS Safari only', () => {
    expect(createInstallPrompt(fakeBrowser({ userAgent: UA.iphoneSafari }).env).getState()).toBe('ios');
    expect(createInstallPrompt(fakeBrowser({ userAgent: UA.iphoneChrome }).env).getState()).toBe('unavailable');
    expect(createInstallPrompt(fakeBrowser({ userAgent: UA.androidChrome }).env).getState()).toBe('unavailable');
  });
});

describe('isIosSafari', () => {
  it('knows iPhone and iPad Safari, also an iPad asking for desktop pages, and no other iOS browser', () => {
    expect(isIosSafari(UA.iphoneSafari, 5)).toBe(true);
    expect(isIosSafari(UA.ipadDesktopMode, 5)).toBe(true);
    expect(isIosSafari(UA.ipadDesktopMode, 0), 'a Mac').toBe(false);
    expect(isIosSafari(UA.iphoneChrome, 5)).toBe(false);
    expect(isIosSafari(UA.iphoneInApp, 5)).toBe(false);
    expect(isIosSafari(UA.androidChrome, 5)).toBe(false);
  });
});
