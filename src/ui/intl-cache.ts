/**
 * Intl formatters kept per locale and options. Building one loads the locale's data and costs several
 * milliseconds on a mid-range phone (tens at 4× CPU); a header re-rendered on every sync change built a new one
 * each time, and the start page paid for it before anything had been sent.
 */
function cache<F, O>(make: (locale: string, options: O) => F): (locale: string, options: O) => F {
  const made = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale}\u0000${JSON.stringify(options)}`;
    let format = made.get(key);
    if (!format) {
      format = make(locale, options);
      made.set(key, format);
    }
    return format;
  };
}

const dateTimeFormats = cache((locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
const numberFormats = cache((locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
const listFormats = cache((locale: string, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormats(locale, options);
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return numberFormats(locale, options);
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return listFormats(locale, options);
}
