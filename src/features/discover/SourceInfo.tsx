import { useTranslation } from 'react-i18next';
import type { Source } from '../../shared/directory';
import { localised } from './labels';

/** Where the entry comes from and when it was last checked; samples say they are samples. */
export function SourceInfo({ source, sample }: { source: Source; sample: boolean }) {
  const { t, i18n } = useTranslation();
  const checked = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(source.lastChecked));
  return (
    <section className="details-section" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('discover:details.source')}</h2>
      {sample && <p>{t('discover:sample.explain')}</p>}
      {source.note && <p>{localised(source.note, i18n.language)}</p>}
      {source.urls.length > 0 && (
        <ul className="source-links">
          {source.urls.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {new URL(url).hostname}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('discover:details.lastChecked', { date: checked })}</p>
    </section>
  );
}
