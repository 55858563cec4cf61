import { useTranslation } from 'react-i18next';
import { shownSupportCount, type MySupport } from '../../offline/supports';
import type { FeedItem } from '../../shared/feed';
import { FEED_KIND_KEYS, FEED_STATUS_KEYS } from './feed-text';
import { FeedPhoto } from './FeedPhoto';
import { SupportButton } from './SupportButton';

interface FeedCardProps {
  item: FeedItem;
  topicLabel: string;
  mine: MySupport | undefined;
  fetchedAt: number;
}

/** One published proposal or public feedback: status, supports, the managers' answer, photos. */
export function FeedCard({ item, topicLabel, mine, fetchedAt }: FeedCardProps) {
  const { t, i18n } = useTranslation();
  const heading = item.title ?? t(FEED_KIND_KEYS[item.kind]);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(item.createdAt));
  const count = shownSupportCount(item, mine, fetchedAt);
  return (
    <li className="feed-card" data-testid="feed-item" data-id={item.id} data-kind={item.kind}>
      <article aria-labelledby={`feed-${item.id}`}>
        <p className="feed-meta">
          <span className="feed-kind">{t(FEED_KIND_KEYS[item.kind])}</span> · {topicLabel} · <time dateTime={item.createdAt}>{date}</time>
        </p>
        <h3 id={`feed-${item.id}`} tabIndex={-1} dir={item.title ? 'auto' : undefined}>
          {heading}
        </h3>
        <p className="feed-text" dir="auto">
          {item.text}
        </p>
        {item.mediaIds.length > 0 && (
          <div className="feed-photos">
            {item.mediaIds.map((id, index) => (
              <FeedPhoto key={id} mediaId={id} alt={t('proposals:photoAlt', { index: index + 1, count: item.mediaIds.length, title: heading })} />
            ))}
          </div>
        )}
        {item.location && <p className="muted feed-place">{t('proposals:approximatePlace')}</p>}
        <p className="feed-status">
          <span className={`status-chip status-${item.status}`}>{t(FEED_STATUS_KEYS[item.status])}</span>
          {item.kind === 'proposal' && (
            <span className="feed-supports" data-testid="support-count" data-count={count}>
              {t('proposals:supportCount', { count })}
            </span>
          )}
        </p>
        {item.publicResponse && (
          <div className="feed-answer" data-testid="public-answer">
            <p className="feed-answer-label">{t('proposals:answer')}</p>
            <p dir="auto">{item.publicResponse}</p>
          </div>
        )}
        {item.kind === 'proposal' && <SupportButton proposalId={item.id} title={heading} mine={mine} />}
      </article>
    </li>
  );
}
