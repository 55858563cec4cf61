import { IonSpinner } from '@ionic/react';
import { IonRefresher, IonRefresherContent } from '../../ui/OnDemandIonic';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedSort } from '../../shared/feed';
import { FeedCard } from './FeedCard';
import { FeedMap } from './FeedMap';
import { FeedQuarterBar } from './FeedQuarterBar';
import { isFromCache } from './feed-text';
import { useFeed } from './use-feed';
import { useFeedCatalogs } from './use-feed-catalogs';
import { EmptyState } from '../../ui/EmptyState';
import { ViewToggle } from '../../ui/ViewToggle';
import { usePageVisit } from '../../ui/page-visit';
import './proposals.css';

/** "Im Viertel": what is public in the resident's quarter — proposals to support and public feedback. */
export function FeedScreen() {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<FeedSort>('newest');
  const [view, setView] = useState<'list' | 'map'>('list');
  const feed = useFeed(sort);
  const catalogs = useFeedCatalogs(i18n.language);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  // Coming back to the tab is looking again: what is shown must not be an outage that is over, nor miss what was
  // published meanwhile. useFeed refreshes on the first visit itself; ionViewWillEnter never came on a tab change.
  const visit = usePageVisit();
  const refreshedFor = useRef(visit);
  const { refresh } = feed;
  useEffect(() => {
    if (refreshedFor.current === visit) return;
    refreshedFor.current = visit;
    void refresh();
  }, [visit, refresh]);

  if (feed.quarterId === undefined) return null;
  const items = feed.feed?.items ?? [];
  const fromCache = isFromCache(feed.lastRefresh);

  return (
    <div className="feed" data-testid="feed">
      <IonRefresher slot="fixed" onIonRefresh={(e) => void feed.refresh().finally(() => e.detail.complete())}>
        <IonRefresherContent />
      </IonRefresher>
      <p className="intro">{t('proposals:intro')}</p>
      <FeedQuarterBar quarters={catalogs.quarters} value={feed.quarterId} onChange={feed.chooseQuarter} />
      {!feed.quarterId ? (
        <p className="notice">{t('proposals:noQuarter')}</p>
      ) : (
        <>
          <div className="feed-bar">
            <ViewToggle
              label={t('proposals:sort.label')}
              value={sort}
              onChange={setSort}
              options={[
                { value: 'newest', label: t('proposals:sort.newest') },
                { value: 'supported', label: t('proposals:sort.supported') },
              ]}
            />
            <ViewToggle
              label={t('proposals:view.label')}
              value={view}
              onChange={setView}
              options={[
                { value: 'list', label: t('proposals:view.list') },
                { value: 'map', label: t('proposals:view.map') },
              ]}
            />
          </div>
          <div className="feed-freshness" role="status" data-testid="feed-freshness" data-from-cache={fromCache}>
            {feed.refreshing && (
              <span className="loading-line">
                <IonSpinner name="dots" aria-hidden="true" /> {t('proposals:loading')}
              </span>
            )}
            {!feed.refreshing && feed.feed && (
              <span>
                {t('proposals:asOf', { time: time.format(feed.feed.fetchedAt) })}
                {fromCache && ` · ${t('proposals:fromCache')}`}
              </span>
            )}
            {!feed.refreshing && !feed.feed && fromCache && <span>{t('proposals:nothingCached')}</span>}
            <button type="button" className="link-button" onClick={() => void feed.refresh()} disabled={feed.refreshing}>
              {t('proposals:refresh')}
            </button>
          </div>
          {view === 'map' && <FeedMap items={items} quarters={catalogs.collection} quarterId={feed.quarterId} tiles={catalogs.tiles} />}
          {feed.feed && items.length === 0 && <EmptyState message={t('proposals:empty')} />}
          {items.length > 0 && (
            <>
              <h2 className="feed-list-heading">{t('proposals:listHeading', { count: items.length })}</h2>
              <ul className="feed-list">
                {items.map((item) => (
                  <FeedCard
                    key={item.id}
                    item={item}
                    topicLabel={catalogs.topicLabel(item.topicId)}
                    mine={feed.supports.get(item.id)}
                    fetchedAt={feed.feed?.fetchedAt ?? 0}
                  />
                ))}
              </ul>
            </>
          )}
          {feed.feed?.nextCursor && (
            <button type="button" className="plain-button" onClick={() => void feed.loadMore()} disabled={feed.refreshing}>
              {t('proposals:more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
