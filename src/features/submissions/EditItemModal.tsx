import { IonButton, IonButtons, IonContent, IonHeader, IonModal, IonTitle, IonToolbar } from '@ionic/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/limits';
import { InvalidSubmissionError, resendEdited, type MyItemView, type NewSubmission } from '../../offline/outbox';
import { QuotaError } from '../../offline/quota';
import { useUnsavedInput } from '../../ui/unsaved-input';
import type { CatalogNames } from './use-catalog-names';

interface EditItemModalProps {
  view: MyItemView | undefined;
  names: CatalogNames;
  onClose: () => void;
}

type Editable = { quarterId: string; topicId: string; title?: string; text: string };

function editableFields(view: MyItemView): Editable | undefined {
  const { item } = view;
  if (item.kind === 'feedback') return { quarterId: item.quarterId, topicId: item.topicId, text: item.text };
  if (item.kind === 'proposal') return { quarterId: item.quarterId, topicId: item.topicId, title: item.title, text: item.text };
  return undefined;
}

function toFields(view: MyItemView, edited: Editable): NewSubmission | undefined {
  const { item } = view;
  // Everything the resident did not edit (mood, visibility, location, photos) goes along unchanged.
  const { id: _id, createdAt: _createdAt, locale: _locale, ...rest } = item;
  if (rest.kind === 'feedback') return { ...rest, quarterId: edited.quarterId, topicId: edited.topicId, text: edited.text };
  if (rest.kind === 'proposal') {
    return { ...rest, quarterId: edited.quarterId, topicId: edited.topicId, title: edited.title ?? '', text: edited.text };
  }
  return undefined;
}

/** Fix what the server refused and send it again (under a new id, see `resendEdited`). */
export function EditItemModal({ view, names, onClose }: EditItemModalProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [edited, setEdited] = useState<Editable>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const fields = edited ?? (view ? editableFields(view) : undefined);
  useUnsavedInput(edited !== undefined);

  const close = () => {
    setEdited(undefined);
    setError(undefined);
    onClose();
  };
  const change = (patch: Partial<Editable>) => fields && setEdited({ ...fields, ...patch });

  const save = async () => {
    if (!view || !fields) return;
    const next = toFields(view, fields);
    if (!next) return;
    setSaving(true);
    setError(undefined);
    try {
      await resendEdited(view.id, next, i18n.language);
      close();
    } catch (caught) {
      if (caught instanceof InvalidSubmissionError) setError(t('submissions:edit.invalid'));
      else if (caught instanceof QuotaError) setError(t('errors:quota'));
      else setError(t('errors:internal'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <IonModal isOpen={view !== undefined && fields !== undefined} onDidDismiss={close} aria-label={t('submissions:edit.title')}>
      <IonHeader>
        <IonToolbar color="primary">
          <IonTitle role="heading" aria-level={2}>
            {t('submissions:edit.title')}
          </IonTitle>
          <IonButtons slot="end">
            <IonButton onClick={close}>{t('submissions:edit.cancel')}</IonButton>
          </IonButtons>
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding">
        {fields && (
          <form noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="field">
              <label htmlFor={`${id}-quarter`}>{t('submissions:edit.quarter')}</label>
              <select id={`${id}-quarter`} className="native-select" value={fields.quarterId} onChange={(e) => change({ quarterId: e.target.value })}>
                {!names.quarters.some((q) => q.id === fields.quarterId) && <option value={fields.quarterId}>{t('submissions:edit.unknownChoice')}</option>}
                {names.quarters.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-topic`}>{t('submissions:edit.topic')}</label>
              <select id={`${id}-topic`} className="native-select" value={fields.topicId} onChange={(e) => change({ topicId: e.target.value })}>
                {!names.topics.some((x) => x.id === fields.topicId) && <option value={fields.topicId}>{t('submissions:edit.unknownChoice')}</option>}
                {names.topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {names.topicLabel(topic.id)}
                  </option>
                ))}
              </select>
            </div>
            {fields.title !== undefined && (
              <div className="field">
                <label htmlFor={`${id}-title`}>{t('submissions:edit.titleField')}</label>
                <input id={`${id}-title`} className="native-input" maxLength={LIMITS.titleMax} value={fields.title} onChange={(e) => change({ title: e.target.value })} />
              </div>
            )}
            <div className="field">
              <label htmlFor={`${id}-text`}>{t('submissions:edit.text')}</label>
              <textarea id={`${id}-text`} className="native-input native-textarea" rows={6} maxLength={LIMITS.textMax} value={fields.text} onChange={(e) => change({ text: e.target.value })} />
            </div>
            <IonButton type="submit" expand="block" disabled={saving}>
              {t('submissions:edit.send')}
            </IonButton>
          </form>
        )}
      </IonContent>
    </IonModal>
  );
}
