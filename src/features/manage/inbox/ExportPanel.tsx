import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportHref } from '../api/export-links';
import type { InboxView } from './inbox-query';

/** Exports of exactly the filtered inbox; contact data only after an explicit, default-off choice. */
export function ExportPanel({ view }: { view: InboxView }) {
  const { t } = useTranslation();
  const id = useId();
  const [includeContact, setIncludeContact] = useState(false);
  return (
    <details className="export-panel">
      <summary>{t('manage:export.title')}</summary>
      <p className="muted">{t('manage:export.intro')}</p>
      <div className="check-field">
        <input
          id={`${id}-contact`}
          type="checkbox"
          checked={includeContact}
          onChange={(e) => setIncludeContact(e.target.checked)}
          aria-describedby={`${id}-warning`}
          data-testid="export-include-contact"
        />
        <label htmlFor={`${id}-contact`}>{t('manage:export.includeContact')}</label>
      </div>
      <p id={`${id}-warning`} className={includeContact ? 'notice notice-error' : 'field-hint'}>
        {includeContact ? t('manage:export.contactWarning') : t('manage:export.noContact')}
      </p>
      <div className="button-row">
        <a className="plain-button link-button" href={exportHref('csv', view.filter, includeContact)} download data-testid="export-csv">
          {t('manage:export.csv')}
        </a>
        <a className="plain-button link-button" href={exportHref('geojson', view.filter, includeContact)} download data-testid="export-geojson">
          {t('manage:export.geojson')}
        </a>
      </div>
    </details>
  );
}
