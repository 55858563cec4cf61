import { SETTING_KEYS } from './db';
import { getSetting, setSetting } from './outbox';

/** What the install offer after a submission remembers: it is shown once ("Mehr" keeps offering installation). */
export const installOfferMemory = {
  async wasShown(): Promise<boolean> {
    return (await getSetting<unknown>(SETTING_KEYS.installOfferShownAt).catch(() => undefined)) !== undefined;
  },
  async rememberShown(): Promise<void> {
    await setSetting(SETTING_KEYS.installOfferShownAt, Date.now()).catch(() => undefined);
  },
};
