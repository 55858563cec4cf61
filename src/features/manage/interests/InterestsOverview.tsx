import { IonSpinner } from '@ionic/react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useInterestOverview } from '../api/get-interest-overview';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { quartersFor } from '../common/use-catalog';
import { managePaths } from '../manage-routes';
import { displayOrder, titleIn } from './overview-order';
import { VISUALLY_HIDDEN } from '../../../ui/visually-hidden';

/** Every opportunity of the manager's quarters with its new, open and total interest; each leads to its list. */
export function InterestsOverview() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const navigate = useNavigate();
  const search = new URLSearchParams(useLocation().search);
  const quarterId = search.get('quarter') ?? '';
  const overview = useInterestOverview(quarterId).data;
  const rows = useMemo(() => (overview ? displayOrder(overview.opportunities, i18n.language) : []), [overview, i18n.language]);

  // Links made before the overview existed chose the opportunity with ?opportunity=.
  const legacy = search.get('opportunity');
  if (legacy) return <Navigate to={managePaths.interestsOf(legacy)} replace />;

  const chooseQuarter = (next: string) => navigate({ search: next ? `?quarter=${encodeURIComponent(next)}` : '' }, { replace: true });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manage:interests.title')}</h2>
      <p className="muted">{t('manage:interests.overviewIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-quarter`}>{t('manage:interests.quarter')}</label>
        <select id={`${id}-quarter`} className="native-input" value={quarterId} onChange={(e) => chooseQuarter(e.target.value)} data-testid="interests-quarter">
          <option value="">{t('manage:interests.allQuarters')}</option>
          {quartersFor(catalog.quarters, user).map((q) => (
            <option key={q.id} value={q.id}>
              {q.name}
            </option>
          ))}
        </select>
      </div>
      {overview ? (
        <p role="status" data-testid="interests-summary">
          {t('manage:interests.opportunityCount', { count: rows.length })} {t('manage:interests.totalsLine', { count: overview.totals.total, unread: overview.totals.unread, open: overview.totals.open })}
        </p>
      ) : (
        <p role="status" className="loading-line">
          <IonSpinner aria-hidden="true" /> {t('manage:interests.loading')}
        </p>
      )}
      {overview && rows.length === 0 && <p className="muted">{t('manage:interests.noOpportunities')}</p>}
      {overview && rows.length > 0 && (
        <div className="table-scroll">
          <p className="field-hint" id={`${id}-legend`}>
            {t('manage:interests.legend')}
          </p>
          <table className="data-table" data-testid="interest-overview" aria-describedby={`${id}-legend`}>
            <caption className={VISUALLY_HIDDEN}>{t('manage:interests.overviewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('manage:interests.opportunity')}</th>
                <th scope="col">{t('manage:interests.quarter')}</th>
                <th scope="col">{t('manage:interests.new')}</th>
                <th scope="col">{t('manage:interests.open')}</th>
                <th scope="col">{t('manage:interests.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.opportunityId} data-testid="overview-row" data-id={row.opportunityId}>
                  <th scope="row">
                    <Link to={managePaths.interestsOf(row.opportunityId)}>
                      <bdi>{titleIn(row.title, i18n.language)}</bdi>
                    </Link>{' '}
                    {row.sample && <span className="tag">{t('manage-content:sample')}</span>}
                    {!row.published && <span className="tag">{t('manage-content:unpublished')}</span>}
                  </th>
                  <td>{catalog.quarterName(row.quarterId) || '–'}</td>
                  <td data-testid="overview-new">{row.unread}</td>
                  <td data-testid="overview-open">{row.open}</td>
                  <td data-testid="overview-total">{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="overview-totals">
                <th scope="row" colSpan={2}>
                  {t('manage:interests.sum')}
                </th>
                <td>{overview.totals.unread}</td>
                <td>{overview.totals.open}</td>
                <td>{overview.totals.total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
