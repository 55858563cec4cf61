import { IonSpinner } from '@ionic/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useFigures } from '../api/get-figures';
import { STATUS_KEYS, THEME_KEYS } from '../common/labels';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { useManage } from '../common/ManageContext';
import { canFilterByQuarter } from '../common/use-catalog';
import { InboxFilters } from '../inbox/InboxFilters';
import { parseInboxSearch, toInboxSearch, type InboxView } from '../inbox/inbox-query';
import { managePaths } from '../manage-routes';
import { BarChart } from './BarChart';
import { pivot, totals } from './chart-scale';

/** Figures of the caller's quarters under the same filters as the inbox; every chart has its table. */
export function FiguresScreen() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const catalog = useCatalogNames(i18n.language);
  const { user } = useManage();
  const viewKey = toInboxSearch(parseInboxSearch(location.search, canFilterByQuarter(catalog.quarters, user)));
  const view = useMemo(() => parseInboxSearch(viewKey), [viewKey]);
  const query = useFigures(view.filter);
  const figures = query.data;
  const loading = query.isFetching;

  const change = useCallback((next: InboxView) => navigate({ pathname: managePaths.figures, search: toInboxSearch({ ...next, sort: 'newest', view: 'list' }) }, { replace: true }), [navigate]);
  const themeLabel = (theme: string) => t(THEME_KEYS[theme] ?? 'manage:theme.unknown');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  return (
    <section aria-labelledby="figures-heading" className="figures-screen">
      <h2 id="figures-heading">{t('manage:figures.title')}</h2>
      <InboxFilters view={view} onChange={change} />
      <p role="status" className="inbox-count">
        {loading ? (
          <>
            <IonSpinner aria-hidden="true" /> {t('manage:figures.loading')}
          </>
        ) : figures ? (
          t('manage:figures.loaded')
        ) : (
          ''
        )}
      </p>
      {figures && (
        <>
          <div className="figure-number" data-testid="median-answer">
            <p className="figure-number-value">
              {figures.medianHoursToFirstAnswer === null
                ? t('manage:figures.noData')
                : figures.medianHoursToFirstAnswer >= 48
                  ? t('manage:figures.days', { count: Math.round(figures.medianHoursToFirstAnswer / 24), value: number.format(figures.medianHoursToFirstAnswer / 24) })
                  : t('manage:figures.hours', { count: Math.round(figures.medianHoursToFirstAnswer), value: number.format(figures.medianHoursToFirstAnswer) })}
            </p>
            <p>{t('manage:figures.medianCaption')}</p>
          </div>
          <BarChart
            testId="chart-quarter"
            title={t('manage:figures.byQuarter')}
            caption={t('manage:figures.byQuarterCaption')}
            valueHeader={t('manage:figures.count')}
            bars={totals(figures.byQuarterMonth, (r) => catalog.quarterName(r.quarterId), (r) => r.count)}
            table={{ pivot: pivot(figures.byQuarterMonth, (r) => r.quarterId, (r) => r.month, (r) => r.count), rowHeader: t('manage:figures.quarter'), label: catalog.quarterName }}
          />
          <BarChart
            testId="chart-month"
            title={t('manage:figures.byMonth')}
            caption={t('manage:figures.byMonthCaption')}
            valueHeader={t('manage:figures.count')}
            bars={totals(figures.byQuarterMonth, (r) => r.month, (r) => r.count).sort((a, b) => a.label.localeCompare(b.label))}
          />
          <BarChart
            testId="chart-theme"
            title={t('manage:figures.byTheme')}
            caption={t('manage:figures.byThemeCaption')}
            valueHeader={t('manage:figures.count')}
            bars={totals(figures.byThemeMonth, (r) => themeLabel(r.theme), (r) => r.count)}
            table={{ pivot: pivot(figures.byThemeMonth, (r) => r.theme, (r) => r.month, (r) => r.count), rowHeader: t('manage:figures.theme'), label: themeLabel }}
          />
          <BarChart
            testId="chart-topic"
            title={t('manage:figures.byTopic')}
            caption={t('manage:figures.byTopicCaption')}
            valueHeader={t('manage:figures.count')}
            bars={figures.byTopic.map((r) => ({ label: catalog.topicLabel(r.topicId), value: r.count })).sort((a, b) => b.value - a.value)}
          />
          <BarChart
            testId="chart-status"
            title={t('manage:figures.status')}
            caption={t('manage:figures.statusCaption')}
            valueHeader={t('manage:figures.count')}
            bars={figures.statusDistribution.map((r) => ({ label: t(STATUS_KEYS[r.status]), value: r.count }))}
          />
          <BarChart
            testId="chart-supports"
            title={t('manage:figures.supports')}
            caption={t('manage:figures.supportsCaption')}
            valueHeader={t('manage:figures.supportCount')}
            bars={[...figures.supportsPerProposal].sort((a, b) => b.count - a.count).slice(0, 20).map((r) => ({ label: r.title, value: r.count }))}
          />
        </>
      )}
    </section>
  );
}
