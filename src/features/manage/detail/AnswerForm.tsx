import { IonButton } from '@ionic/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDetail } from '../../../offline/manage-inbox';
import type { DetailState } from './use-detail';

/** The answer the resident sees in "Meine Beiträge" (and the public feed, if published) — marked as public. */
export function AnswerForm({ item, change }: { item: SubmissionDetail; change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const saved = item.publicResponse ?? '';
  const [text, setText] = useState(saved);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(saved), [saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await change({ publicResponse: text.trim() }, { key: text.trim() ? 'manage:answer.saved' : 'manage:answer.removed' });
    setBusy(false);
  };

  return (
    <form className="action-card public-card" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} data-testid="answer-form">
      <h3 id={`${id}-title`}>
        {t('manage:answer.title')} <span className="tag tag-public">{t('manage:answer.publicMark')}</span>
      </h3>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('manage:answer.label')}</label>
        <textarea
          id={`${id}-text`}
          className="native-input native-textarea"
          value={text}
          maxLength={4000}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('manage:answer.hint')}
        </p>
      </div>
      {text.trim() && (
        <div className="answer-preview" data-testid="answer-preview">
          <p className="field-label">{t('manage:answer.preview')}</p>
          <blockquote>
            <bdi className="user-text">{text.trim()}</bdi>
          </blockquote>
        </div>
      )}
      <IonButton type="submit" disabled={busy || text.trim() === saved.trim()} data-testid="answer-save">
        {t('manage:answer.save')}
      </IonButton>
    </form>
  );
}
