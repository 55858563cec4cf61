import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ManagedCentre, ManagedOpportunity } from '../../../shared/directory';
import type { ContentKind } from '../api/content-entry';
import { useContentList } from '../api/get-content-list';
import { usePublishContent } from '../api/publish-content';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { managePaths, NEW_ID } from '../manage-routes';

interface Row {
  id: string;
  title: string;
  quarterId?: string;
  sample: boolean;
  published: boolean;
}

const centreRow = (m: ManagedCentre): Row => ({ id: m.entry.id, title: m.entry.name, quarterId: m.entry.quarterId, sample: m.entry.sample, published: m.published });
const opportunityRow = (lang: string) => (m: ManagedOpportunity): Row => ({
  id: m.entry.id,
  title: m.entry.title[lang] ?? m.entry.title.de,
  ...(m.entry.quarterId ? { quarterId: m.entry.quarterId } : {}),
  sample: m.entry.sample,
  published: m.published,
});

/** Centres and opportunities of the caller's quarters: edit, create, publish, unpublish. */
export function ContentScreen() {
  const { t, i18n } = useTranslation();
  const { announce } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const centres = useContentList('centres').data;
  const opportunities = useContentList('opportunities').data;
  const publish = { centres: usePublishContent('centres'), opportunities: usePublishContent('opportunities') };
  const lists = centres && opportunities ? { centres: centres.map(centreRow), opportunities: opportunities.map(opportunityRow(i18n.language)) } : undefined;

  const toggle = (kind: ContentKind, row: Row) =>
    publish[kind].mutate(
      { id: row.id, published: !row.published },
      { onSuccess: () => announce({ key: row.published ? 'manage-content:unpublishedDone' : 'manage-content:publishedDone' }) },
    );

  const section = (kind: ContentKind, rows: Row[] | undefined) => (
    <section aria-labelledby={`content-${kind}`} className="content-list">
      <div className="section-head">
        <h3 id={`content-${kind}`}>{t(kind === 'centres' ? 'manage-content:centres' : 'manage-content:opportunities')}</h3>
        <Link className="plain-button link-button" to={kind === 'centres' ? managePaths.centre(NEW_ID) : managePaths.opportunity(NEW_ID)} data-testid={`content-new-${kind}`}>
          {t(kind === 'centres' ? 'manage-content:centre.new' : 'manage-content:opportunity.new')}
        </Link>
      </div>
      {rows && rows.length === 0 && <p className="muted">{t('manage-content:empty')}</p>}
      <ul className="content-rows">
        {(rows ?? []).map((row) => (
          <li key={row.id} data-testid="content-row" data-id={row.id}>
            <Link to={kind === 'centres' ? managePaths.centre(row.id) : managePaths.opportunity(row.id)}>
              <bdi>{row.title}</bdi>
            </Link>
            <span className="muted">
              {' · '}
              <bdi>{catalog.quarterName(row.quarterId)}</bdi>
            </span>
            {row.sample && <span className="tag">{t('manage-content:sample')}</span>}
            <span className={row.published ? 'tag tag-public' : 'tag'}>{t(row.published ? 'manage-content:published' : 'manage-content:unpublished')}</span>
            <IonButton size="small" fill="clear" onClick={() => toggle(kind, row)}>
              {t(row.published ? 'manage-content:unpublishNamed' : 'manage-content:publishNamed', { title: row.title })}
            </IonButton>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <section aria-labelledby="content-heading">
      <h2 id="content-heading">{t('manage-content:title')}</h2>
      <p className="muted">{t('manage-content:intro')}</p>
      <p role="status">{lists ? t('manage-content:count', { centres: lists.centres.length, opportunities: lists.opportunities.length }) : t('manage-content:loading')}</p>
      {section('centres', lists?.centres)}
      {section('opportunities', lists?.opportunities)}
    </section>
  );
}
