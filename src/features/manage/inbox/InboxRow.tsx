import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InboxItem } from '../../../shared/manage';
import { KIND_KEYS, MODERATION_KEYS, STATUS_KEYS } from '../common/labels';
import { managePaths } from '../manage-routes';
import { VISUALLY_HIDDEN } from '../../../ui/visually-hidden';
import { languageNameFor } from '../../../shared/languages';
import { MetaParts } from '../common/MetaParts';

interface InboxRowProps {
  item: InboxItem;
  topic: string;
  /** A volunteer interest's opportunity, by title. */
  opportunity?: string | undefined;
  active: boolean;
  selected: boolean;
  onToggle: () => void;
  onFocus: () => void;
}

/** Residents' words are shown as text inside <bdi>, so neither markup nor direction marks can leak out. */
export const InboxRow = forwardRef<HTMLLIElement, InboxRowProps>(function InboxRow({ item, topic, opportunity, active, selected, onToggle, onFocus }, ref) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const headline = item.title || item.text || t(KIND_KEYS[item.kind]);
  const unread = item.unread === true;
  return (
    <li
      ref={ref}
      tabIndex={-1}
      onFocus={onFocus}
      className={`inbox-row${active ? ' is-active' : ''}${unread ? ' is-unread' : ''}${selected ? ' is-selected' : ''}`}
      data-testid="inbox-item"
      data-id={item.id}
      data-status={item.status}
      data-unread={unread ? 'true' : 'false'}
    >
      <input
        type="checkbox"
        className="inbox-check"
        checked={selected}
        onChange={onToggle}
        aria-label={t('manage:inbox.select', { receipt: item.receipt })}
        data-testid="inbox-select"
      />
      <div className="inbox-row-body">
        <p className="inbox-row-meta">
          {unread && (
            <span className="unread-dot" data-testid="unread-marker">
              <span className={VISUALLY_HIDDEN}>{t('manage:inbox.unread')}</span>
            </span>
          )}
          <span className="tag">{t(KIND_KEYS[item.kind])}</span>
          <span className={`tag tag-status tag-${item.status}`}>{t(STATUS_KEYS[item.status])}</span>
          {item.moderation && item.moderation !== 'pending' && <span className="tag">{t(MODERATION_KEYS[item.moderation])}</span>}
          {item.moderation === 'pending' && (
            <span className="tag tag-attention">{t('manage:moderation.needsReview')}</span>
          )}
          {item.hasPhoto && <span className="tag">{t('manage:inbox.photo')}</span>}
          {typeof item.supportCount === 'number' && item.kind === 'proposal' && (
            <span className="tag">{t('manage:inbox.supports', { count: item.supportCount })}</span>
          )}
        </p>
        <Link to={managePaths.item(item.id)} className="inbox-row-link" data-testid="inbox-open">
          <bdi className="user-text">{headline}</bdi>
        </Link>
        {item.title && item.text && (
          <p className="inbox-row-text">
            <bdi className="user-text">{item.text}</bdi>
          </p>
        )}
        <p className="muted inbox-row-foot" data-testid="inbox-row-foot">
          <MetaParts
            parts={[
              item.quarterName ?? item.quarterId,
              topic,
              opportunity && (
                <span key="opportunity" data-testid="inbox-opportunity">
                  {t('manage:inbox.forOpportunity', { title: opportunity })}
                </span>
              ),
              <time key="time" dateTime={item.receivedAt}>
                {time.format(new Date(item.receivedAt))}
              </time>,
              <span key="receipt" className="nowrap">
                {t('manage:inbox.receipt')} <span data-testid="inbox-receipt">{item.receipt}</span>
              </span>,
              item.visibility === 'public' && t('manage:inbox.public'),
              // German is the usual case; any other language is worth a glance before answering.
              item.locale && item.locale !== 'de' && (
                <span key="language" data-testid="inbox-language">
                  {t('manage:inbox.language', { language: languageNameFor(item.locale, i18n.language) })}
                </span>
              ),
            ]}
          />
        </p>
      </div>
    </li>
  );
});
