import { readFileSync } from 'node:fs';
import i18next, { type ResourceKey } from 'i18next';
import { describe, expect, it } from 'vitest';
import { fallbackPlurals } from './fallback-plurals';

// The real English manager texts, stored as Russian's and Arabic's bundle the way the lazy backend does.
const manageEn = JSON.parse(readFileSync(new URL('../../i18n/en/manage.json', import.meta.url), 'utf8')) as ResourceKey;
const commonRu = { photos_one: '{{count}} фото', photos_few: '{{count}} фото (few)', photos_many: '{{count}} фото (many)', photos_other: '{{count}} фото (other)' };

async function instance(language: string, withModule: boolean) {
  const i18n = i18next.createInstance();
  const borrowed = (lng: string, ns: string) => (ns === 'manage' && lng !== 'en' && lng !== 'de' ? 'en' : undefined);
  if (withModule) i18n.use(fallbackPlurals(borrowed));
  await i18n.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { manage: manageEn, common: commonRu } },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('plurals of a bundle borrowed from another language', () => {
  it('without the module, Russian and Arabic counts show the raw key (the defect)', async () => {
    const ru = await instance('ru', false);
    expect(ru.t('manage:inbox.count', { count: 5 })).toBe('inbox.count');
    const ar = await instance('ar', false);
    expect(ar.t('manage:inbox.count', { count: 3 })).toBe('inbox.count');
  });

  it('Russian: every count reads as English would say it, 21 and 0 included', async () => {
    const { t } = await instance('ru', true);
    expect(t('manage:inbox.count', { count: 1 })).toBe('1 item shown.');
    expect(t('manage:inbox.count', { count: 21 })).toBe('21 items shown.');
    expect(t('manage:inbox.count', { count: 2 })).toBe('2 items shown.');
    expect(t('manage:inbox.count', { count: 5 })).toBe('5 items shown.');
    expect(t('manage:inbox.count', { count: 0 })).toBe('0 items shown.');
    expect(t('manage:inbox.count', { count: 1.5 })).toBe('1.5 items shown.');
    expect(t('manage:interests.totalsLine', { count: 1, unread: 0, open: 1 })).toBe('1 sign-up, 0 of them new and 1 open.');
    expect(t('manage:users.quartersChosen', { count: 3 })).toBe('3 quarters chosen');
  });

  it('Arabic: zero, one, two, few, many and other', async () => {
    const { t } = await instance('ar', true);
    expect([0, 1, 2, 3, 11, 100, 101].map((count) => t('manage:inbox.supports', { count }))).toEqual([
      '0 supports',
      '1 support',
      '2 supports',
      '3 supports',
      '11 supports',
      '100 supports',
      '101 supports',
    ]);
  });

  it("a language's own bundle keeps its own rules", async () => {
    const { t } = await instance('ru', true);
    expect(t('common:photos', { count: 21 })).toBe('21 фото');
    expect(t('common:photos', { count: 3 })).toBe('3 фото (few)');
    expect(t('common:photos', { count: 7 })).toBe('7 фото (many)');
  });
});
