import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Directory } from './use-directory';

/**
 * In place of the interest form on a sample opportunity: nobody would receive an interest sent to an
 * invented entry, so the resident is told plainly and pointed to a real agency where the data has one.
 */
export function SampleNotice({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const id = useId();
  const agency = directory.centres.find((c) => c.kind === 'volunteer_agency' && !c.sample);
  return (
    <section className="details-section notice" aria-labelledby={`${id}-heading`} data-testid="sample-notice">
      <h2 id={`${id}-heading`}>{t('discover:sample.noInterestTitle')}</h2>
      <p>{t('discover:sample.noInterest')}</p>
      {agency && (
        <p>
          <Link to={`/entdecken/orte/${agency.id}`}>{t('discover:realAgency', { name: agency.name })}</Link>
        </p>
      )}
    </section>
  );
}
