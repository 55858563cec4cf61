import { useLiveQuery } from '../../offline/use-live-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDeletedAt, requestContactDeletion, type ContactDeletion as Outcome } from '../../offline/contact-deletion';

const MESSAGES: Record<Outcome, string> = {
  deleted: 'submissions:contact.deleted',
  offline: 'submissions:contact.offline',
  not_found: 'submissions:contact.notFound',
  error: 'submissions:contact.error',
};

/** "Kontaktdaten löschen lassen": online only, because the resident should know at once that it happened. */
export function ContactDeletion({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const deletedAt = useLiveQuery(() => contactDeletedAt(id), [id]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const request = async () => {
    setBusy(true);
    try {
      setOutcome(await requestContactDeletion(id));
    } finally {
      setBusy(false);
    }
  };

  if (deletedAt !== undefined) {
    const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(deletedAt);
    return (
      <p className="contact-deletion" role="status" data-testid="contact-deleted">
        {t('submissions:contact.deletedAt', { time: when })}
      </p>
    );
  }
  return (
    <div className="contact-deletion">
      <p className="field-hint">{t('submissions:contact.explain')}</p>
      <button type="button" className="plain-button" onClick={() => void request()} disabled={busy} data-testid="delete-contact">
        {t('submissions:contact.button')}
      </button>
      <p role="status" className={outcome && outcome !== 'deleted' ? 'field-error' : ''}>
        {outcome ? t(MESSAGES[outcome]) : ''}
      </p>
    </div>
  );
}
