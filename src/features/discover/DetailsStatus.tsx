import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DirectoryState } from './use-directory';

/** While the catalog loads, when it is not on this device yet, or when the id is unknown. */
export function DetailsStatus({ state, retry }: { state: DirectoryState; retry: () => void }) {
  const { t } = useTranslation();
  if (state === 'loading') {
    return (
      <p role="status" className="loading-line">
        <IonSpinner aria-hidden="true" /> {t('discover:loading')}
      </p>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(state === 'missing' ? 'discover:missing' : 'discover:details.notFound')}</p>
      {state === 'missing' ? (
        <button type="button" className="plain-button" onClick={retry}>
          {t('discover:retry')}
        </button>
      ) : (
        <Link to="/entdecken">{t('discover:details.backToList')}</Link>
      )}
    </div>
  );
}
