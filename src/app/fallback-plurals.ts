import type { i18n as I18n, I18nFormatModule, TOptions } from 'i18next';

/**
 * Plural forms of a bundle that came from another language.
 *
 * A namespace only some languages have (the manager area: de and en) is loaded from the registry's fallback
 * (Russian → English) and stored as the active language's bundle. i18next picks the plural suffix by the
 * active language's rules (Russian 21 → `_one`, 5 → `_many`; Arabic 0 → `_zero`), which the English texts
 * do not have, so every count showed its raw key. Filling the missing forms once per category cannot be
 * right either: Russian "one" holds 1 and 21, and English says "1 item" but "21 items". So the lookup is
 * redirected instead: for a fallback bundle, the suffix i18next asks for is replaced by the one the bundle's
 * own language gives the count.
 *
 * It is an i18nFormat module with only `getResource` (interpolation, lookup keys and objects stay
 * i18next's own: `handleAsObject` keeps returnObjects working as without the module).
 */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export interface FallbackPlurals extends I18nFormatModule {
  handleAsObject: true;
  init(instance: I18n): void;
  getResource(code: string, ns: string, key: string, options?: TOptions): unknown;
}

/** `sourceOf(language, namespace)` names the language a bundle was loaded from when it is not its own. */
export function fallbackPlurals(sourceOf: (language: string, namespace: string) => string | undefined): FallbackPlurals {
  let instance: I18n | undefined;
  const rules = new Map<string, Intl.PluralRules>();
  const rulesFor = (language: string, ordinal: boolean): Intl.PluralRules => {
    const id = `${language}|${ordinal ? 'ordinal' : 'cardinal'}`;
    let rule = rules.get(id);
    if (!rule) {
      rule = new Intl.PluralRules(language, { type: ordinal ? 'ordinal' : 'cardinal' });
      rules.set(id, rule);
    }
    return rule;
  };
  return {
    type: 'i18nFormat',
    handleAsObject: true,
    init(i18n) {
      instance = i18n;
    },
    getResource(code, ns, key, options = {}) {
      if (!instance) return undefined;
      const source = sourceOf(code, ns);
      const count = options.count;
      const suffix = PLURAL_SUFFIX.exec(key);
      if (source && source !== code && typeof count === 'number' && suffix) {
        const base = key.slice(0, -suffix[0].length);
        const wanted = rulesFor(source, options.ordinal === true).select(count);
        return instance.getResource(code, ns, `${base}_${wanted}`, options);
      }
      return instance.getResource(code, ns, key, options);
    },
  };
}
