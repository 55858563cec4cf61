import { IonButton } from '@ionic/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetailState } from './use-detail';

/** Notes for colleagues; the resident never sees them (the submitter view has no notes). */
export function NoteForm({ change }: { change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    setBusy(true);
    if (await change({ note: note.trim() }, { key: 'manage:note.saved' })) setNote('');
    setBusy(false);
  };
  return (
    <form className="action-card internal-card" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} data-testid="note-form">
      <h3 id={`${id}-title`}>
        {t('manage:note.title')} <span className="tag tag-internal">{t('manage:note.internalMark')}</span>
      </h3>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('manage:note.label')}</label>
        <textarea id={`${id}-note`} className="native-input" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field-hint">
          {t('manage:note.hint')}
        </p>
      </div>
      <IonButton type="submit" fill="outline" disabled={busy || !note.trim()} data-testid="note-save">
        {t('manage:note.save')}
      </IonButton>
    </form>
  );
}
