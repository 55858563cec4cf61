import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './shared/languages';
import { START_NAMESPACES } from './app/i18n';
import { prefetchers } from './language-prefetch';

describe('language prefetch', () => {
  it("asks for exactly the start bundle's namespaces, in every language but German (which is bundled)", () => {
    const expected = LANGUAGES.filter((code) => code !== 'de').flatMap((code) => START_NAMESPACES.map((ns) => `../i18n/${code}/${ns}.json`));
    expect(Object.keys(prefetchers).sort()).toEqual(expected.sort());
  });
});
