import { useTranslation } from 'react-i18next';
import type { SubmitterView } from '../../shared/submission';
import { MODERATION_KEYS, STATUS_KEYS } from './item-text';

/** What the server says about an item: status, the public answer, and every step with its date. */
export function StatusHistory({ view }: { view: SubmitterView }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const format = (at: string) => {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? at : when.format(date);
  };
  return (
    <div className="status-history" data-testid="status-history">
      <p className="my-item-status" data-testid="server-status" data-status={view.status}>
        {t('submissions:serverStatus', { status: t(STATUS_KEYS[view.status] ?? 'submissions:status.received') })}
        {view.moderation && ` · ${t(MODERATION_KEYS[view.moderation])}`}
      </p>
      {view.publicResponse && (
        <div className="my-item-response" data-testid="my-public-answer">
          <p className="feed-answer-label">{t('submissions:publicResponse')}</p>
          <p dir="auto">{view.publicResponse}</p>
        </div>
      )}
      {view.history.length > 0 && (
        <>
          <h3 className="history-heading">{t('submissions:history.title')}</h3>
          <ol className="history-list">
            {view.history.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
                <time dateTime={entry.at}>{format(entry.at)}</time>
                {': '}
                {[
                  entry.status ? t(STATUS_KEYS[entry.status] ?? 'submissions:status.received') : undefined,
                  entry.moderation ? t(MODERATION_KEYS[entry.moderation]) : undefined,
                  entry.publicResponse ? t('submissions:history.answered') : undefined,
                ]
                  .filter(Boolean)
                  .join(' · ') || t('submissions:history.changed')}
                {entry.reason && <span className="history-reason"> – {t('submissions:history.reason', { reason: entry.reason })}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
