import { IonButton, IonSpinner } from '@ionic/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMarkUnread } from '../api/mark-unread';
import { KIND_KEYS, MODERATION_KEYS, STATUS_KEYS } from '../common/labels';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { commandFor } from '../inbox/inbox-keys';
import { lastInboxSearch } from '../inbox/inbox-query';
import { managePaths } from '../manage-routes';
import { ItemActions } from './ItemActions';
import { ItemContent } from './ItemContent';
import { HistoryList } from './HistoryList';
import { useDetail } from './use-detail';
import { languageNameFor } from '../../../shared/languages';
import { MetaParts } from '../common/MetaParts';
import { useOpportunityTitles } from '../common/opportunity-titles';

/** One item: everything the resident sent, its exact place and contact, its history, and the actions. */
export function DetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { announce } = useManage();
  const markUnread = useMarkUnread();
  const catalog = useCatalogNames(i18n.language);
  const detail = useDetail(id);
  const back = `${managePaths.inbox}${lastInboxSearch()}`;

  // Esc goes back to the list (not while typing: then Esc belongs to the field).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const tag = target ? { tag: target.tagName.toLowerCase(), type: (target as HTMLInputElement).type, editable: target.isContentEditable } : null;
      if (event.key === 'Escape' && commandFor({ key: event.key, target: tag }) === 'back' && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        navigate(back);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, back]);

  const unread = () =>
    markUnread.mutate(id, {
      // Back to the list first: the confirmation belongs to the screen the manager lands on.
      onSuccess: () => {
        navigate(back);
        announce({ key: 'manage:detail.markedUnread' });
      },
    });

  const item = detail.item;
  const opportunityTitle = useOpportunityTitles(item?.kind === 'interest' && !!item.opportunityId, i18n.language);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article className="detail-screen" aria-labelledby="detail-heading" data-testid="item-detail">
      <p>
        <Link to={back} data-testid="back-to-inbox">
          {t('manage:detail.back')}
        </Link>
      </p>
      {!item && detail.loading && (
        <p role="status" className="loading-line">
          <IonSpinner aria-hidden="true" /> {t('manage:detail.loading')}
        </p>
      )}
      {!item && detail.error && (
        <div className="notice notice-error" role="alert">
          <p>{t(detail.error.key, detail.error.options)}</p>
        </div>
      )}
      {item && (
        <>
          <h2 id="detail-heading">
            <MetaParts parts={[t(KIND_KEYS[item.kind]), <span key="receipt" data-testid="detail-receipt">{item.receipt}</span>]} />
          </h2>
          <p className="inbox-row-meta">
            <span className={`tag tag-status tag-${item.status}`} data-testid="detail-status">
              {t(STATUS_KEYS[item.status])}
            </span>
            {item.moderation && (
              <span className="tag" data-testid="detail-moderation">
                {t(MODERATION_KEYS[item.moderation])}
              </span>
            )}
            {item.visibility === 'public' && <span className="tag">{t('manage:inbox.public')}</span>}
          </p>
          <dl className="detail-facts">
            {item.locale && (
              <>
                <dt>{t('manage:detail.language')}</dt>
                <dd data-testid="detail-language">{languageNameFor(item.locale, i18n.language)}</dd>
              </>
            )}
            <dt>{t('manage:detail.quarter')}</dt>
            <dd>{item.quarterName ?? item.quarterId ?? '–'}</dd>
            {item.topicId && (
              <>
                <dt>{t('manage:detail.topic')}</dt>
                <dd>{catalog.topicLabel(item.topicId)}</dd>
              </>
            )}
            <dt>{t('manage:detail.received')}</dt>
            <dd>
              <time dateTime={item.receivedAt}>{time.format(new Date(item.receivedAt))}</time>
            </dd>
            {item.kind === 'interest' && item.opportunityId && (
              <>
                <dt>{t('manage:detail.opportunity')}</dt>
                <dd data-testid="detail-opportunity">
                  <Link to={managePaths.interestsOf(item.opportunityId)}>
                    <bdi>{opportunityTitle(item.opportunityId)}</bdi>
                  </Link>
                </dd>
              </>
            )}
            {typeof item.supportCount === 'number' && (
              <>
                <dt>{t('manage:detail.supports')}</dt>
                <dd>{item.supportCount}</dd>
              </>
            )}
          </dl>
          <div className="detail-columns">
            <div>
              <ItemContent item={item} />
              <HistoryList entries={item.history} />
            </div>
            <div>
              <ItemActions item={item} change={detail.change} />
              <IonButton fill="clear" onClick={unread} disabled={markUnread.isPending} data-testid="mark-unread">
                {t('manage:detail.markUnread')}
              </IonButton>
            </div>
          </div>
        </>
      )}
    </article>
  );
}
