import { IonButton, IonSpinner } from '@ionic/react';
import { useLiveQuery } from '../../../offline/use-live-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { readCatalog, refreshCatalog } from '../../../offline/catalog-directory';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { useManage } from '../common/ManageContext';
import { quartersFor } from '../common/use-catalog';
import { PosterLanguagePicker } from './PosterLanguagePicker';
import { PosterSheet, type PosterPlace } from './PosterSheet';
import type { PosterExtra } from './poster-languages';
import { usePoster } from './use-poster';
import { compareGerman } from '../../../shared/collate';
import './poster.css';

interface Choice {
  /** `q:<quarterId>` or `c:<centreId>` */
  value: string;
  quarterId: string;
  place: PosterPlace;
}

/**
 * "Plakat": an A4 poster for one of the manager's quarters or a centre in them. A centre's poster links
 * to its quarter's form (the form asks for a quarter, not a centre) and names the centre on the sheet.
 * Printing shows only the poster: a copy of it sits outside the app's layout and is the only thing the
 * print style sheet lets through.
 */
export function PosterScreen() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { user } = useManage();
  const names = useCatalogNames(i18n.language);
  const centres = useLiveQuery(() => readCatalog('centres'), []);
  useEffect(() => {
    void refreshCatalog('centres');
  }, []);
  const [value, setValue] = useState('');
  const [extras, setExtras] = useState<PosterExtra[]>([]);

  const quarters = useMemo(() => quartersFor(names.quarters, user), [names.quarters, user]);
  const choices = useMemo(() => {
    const own = new Set(quarters.map((q) => q.id));
    const forQuarters: Choice[] = quarters.map((q) => ({ value: `q:${q.id}`, quarterId: q.id, place: { name: q.name } }));
    const forCentres: Choice[] = (centres ?? [])
      .filter((c) => own.has(c.quarterId))
      .sort((a, b) => compareGerman(a.name, b.name))
      .map((c) => ({
        value: `c:${c.id}`,
        quarterId: c.quarterId,
        place: { name: c.name, detail: names.quarterName(c.quarterId) },
      }));
    return { forQuarters, forCentres };
  }, [quarters, centres, names]);
  const chosen = [...choices.forQuarters, ...choices.forCentres].find((c) => c.value === value);
  const poster = usePoster(chosen?.quarterId, extras);

  const sheet =
    chosen && poster.link && poster.texts && poster.qr ? (
      <PosterSheet
        appName={t('common:appName')}
        place={chosen.place}
        texts={poster.texts}
        link={poster.link}
        printedLink={poster.printedLink}
        qr={poster.qr}
        qrLabel={t('manage:poster.qrLabel', { link: poster.link })}
      />
    ) : undefined;

  return (
    <section aria-labelledby={`${id}-title`} className="poster-screen">
      <h2 id={`${id}-title`}>{t('manage:poster.title')}</h2>
      <p className="muted">{t('manage:poster.intro')}</p>
      {quarters.length === 0 && names.quarters.length > 0 ? <p role="status">{t('manage:poster.noQuarters')}</p> : null}
      <div className="field">
        <label htmlFor={`${id}-place`}>{t('manage:poster.place')}</label>
        <select id={`${id}-place`} className="native-input" value={value} onChange={(e) => setValue(e.target.value)} data-testid="poster-place">
          <option value="">{t('manage:poster.choose')}</option>
          <optgroup label={t('manage:poster.quarters')}>
            {choices.forQuarters.map((c) => (
              <option key={c.value} value={c.value}>
                {c.place.name}
              </option>
            ))}
          </optgroup>
          {choices.forCentres.length > 0 ? (
            <optgroup label={t('manage:poster.centres')}>
              {choices.forCentres.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.place.name} ({names.quarterName(c.quarterId)})
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <PosterLanguagePicker picked={extras} onChange={setExtras} />

      <h3>{t('manage:poster.preview')}</h3>
      <div className="poster-preview" data-testid="poster-preview">
        {!chosen ? (
          <p className="muted">{t('manage:poster.previewEmpty')}</p>
        ) : poster.failed ? (
          <p role="alert">{t('manage:poster.failed')}</p>
        ) : sheet ? (
          sheet
        ) : (
          <p role="status" className="loading-line">
            <IonSpinner aria-hidden="true" /> {t('manage:poster.loading')}
          </p>
        )}
      </div>
      <div className="button-row">
        <IonButton onClick={() => window.print()} disabled={!sheet} data-testid="poster-print">
          {t('manage:poster.print')}
        </IonButton>
      </div>
      <p className="muted">{t('manage:poster.printHint')}</p>
      {sheet ? createPortal(<div className="poster-print">{sheet}</div>, document.body) : null}
    </section>
  );
}
