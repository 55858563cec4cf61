import { IonButton } from '@ionic/react';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnsavedInput } from '../../../ui/unsaved-input';
import { noteResolver } from '../common/decision-forms';
import type { DetailState } from './use-detail';

/** Notes for colleagues; the resident never sees them (the submitter view has no notes). */
export function NoteForm({ change }: { change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const { register, handleSubmit, watch, reset, formState } = useForm({ resolver: noteResolver, defaultValues: { note: '' } });
  const error = formState.errors.note?.message;
  useUnsavedInput(watch('note').trim() !== '');
  const save = handleSubmit(async ({ note }) => {
    if (await change({ note }, { key: 'manage:note.saved' })) reset({ note: '' });
  });
  return (
    <form className="action-card internal-card" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-title`} data-testid="note-form">
      <h3 id={`${id}-title`}>
        {t('manage:note.title')} <span className="tag tag-internal">{t('manage:note.internalMark')}</span>
      </h3>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('manage:note.label')}</label>
        <textarea id={`${id}-note`} className="native-input" maxLength={4000} aria-invalid={!!error} aria-describedby={`${id}-hint`} {...register('note')} />
        <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'}>
          {error ? t(error) : t('manage:note.hint')}
        </p>
      </div>
      <IonButton type="submit" fill="outline" disabled={formState.isSubmitting || !watch('note').trim()} data-testid="note-save">
        {t('manage:note.save')}
      </IonButton>
    </form>
  );
}
