import { useTranslation } from 'react-i18next';
import type { ManagerHistoryEntry } from '../../../shared/manage';
import { MODERATION_KEYS, STATUS_KEYS } from '../common/labels';
import { MetaParts } from '../common/MetaParts';

/** Every change to the item, oldest first, with who made it and when; internal notes marked as such. */
export function HistoryList({ entries }: { entries: ManagerHistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="detail-history" className="detail-section">
      <h3 id="detail-history">{t('manage:history.title')}</h3>
      {entries.length === 0 && <p className="muted">{t('manage:history.empty')}</p>}
      <ol className="history-list" data-testid="history">
        {entries.map((entry, index) => {
          const actor = entry.actorEmail ?? (entry.actorUserId != null ? t('manage:history.user', { id: String(entry.actorUserId) }) : t('manage:history.resident'));
          return (
            <li key={`${entry.at}-${index}`} data-testid="history-entry">
              <p className="muted">
                <MetaParts parts={[<time key="at" dateTime={entry.at}>{time.format(new Date(entry.at))}</time>, actor]} />
              </p>
              <ul className="history-changes">
                {entry.status && <li>{t('manage:history.status', { status: t(STATUS_KEYS[entry.status]) })}</li>}
                {entry.reason && (
                  <li>
                    {t('manage:history.reason')} <bdi className="user-text">{entry.reason}</bdi>
                  </li>
                )}
                {entry.moderation && <li>{t('manage:history.moderation', { state: t(MODERATION_KEYS[entry.moderation]) })}</li>}
                {entry.publicResponse && (
                  <li>
                    <span className="tag tag-public">{t('manage:answer.publicMark')}</span> {t('manage:history.answer')}{' '}
                    <bdi className="user-text">{entry.publicResponse}</bdi>
                  </li>
                )}
                {entry.note && (
                  <li>
                    <span className="tag tag-internal">{t('manage:note.internalMark')}</span> <bdi className="user-text">{entry.note}</bdi>
                  </li>
                )}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
