import { IonButton } from '@ionic/react';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { enqueueFailure, resendEdited, type MyItemView, type NewSubmission } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { submissionSchema } from '../../shared/submission';
import { useUnsavedInput } from '../../ui/unsaved-input';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { Field } from '../../ui/form/Field';
import { byMessages, formResolver, SEND_TIME_FIELDS } from '../../ui/form/form-resolver';
import { FEEDBACK_MESSAGES, PROPOSAL_MESSAGES } from '../../ui/form/submission-messages';
import { useCheckedSubmit } from '../../ui/form/use-checked-submit';
import type { CatalogNames } from '../../offline/use-catalog-names';

export type Editable = { quarterId: string; topicId: string; title?: string; text: string };

/** What of an item can be edited before sending it again; undefined for kinds without text. */
export function editableFields(view: MyItemView | undefined): Editable | undefined {
  const item = view?.item;
  if (item?.kind === 'feedback') return { quarterId: item.quarterId, topicId: item.topicId, text: item.text };
  if (item?.kind === 'proposal') return { quarterId: item.quarterId, topicId: item.topicId, title: item.title, text: item.text };
  return undefined;
}

function toFields(view: MyItemView, edited: Editable): NewSubmission | undefined {
  // Everything the resident did not edit (mood, visibility, location, photos) goes along unchanged.
  const { id: _id, createdAt: _createdAt, locale: _locale, ...rest } = view.item;
  if (rest.kind === 'feedback') return { ...rest, quarterId: edited.quarterId, topicId: edited.topicId, text: edited.text };
  if (rest.kind === 'proposal') {
    return { ...rest, quarterId: edited.quarterId, topicId: edited.topicId, title: edited.title ?? '', text: edited.text };
  }
  return undefined;
}

interface EditItemFormProps {
  view: MyItemView;
  fields: Editable;
  names: CatalogNames;
  onSent: () => void;
}

/** The edit form, checked by the shared schema like the forms the item came from. */
export function EditItemForm({ view, fields, names, onSent }: EditItemFormProps) {
  const { t, i18n } = useTranslation(['submissions', 'feedback']);
  const messages = view.item.kind === 'proposal' ? PROPOSAL_MESSAGES : FEEDBACK_MESSAGES;
  const resolver = useMemo(
    () => formResolver<Editable>({ schema: submissionSchema, toItem: (edited) => ({ ...toFields(view, edited), ...SEND_TIME_FIELDS }), describe: byMessages(messages) }),
    [view, messages],
  );
  const form = useForm<Editable>({ defaultValues: fields, resolver, reValidateMode: 'onSubmit', shouldFocusError: false });
  // An app update waits while this form holds input a reload would lose (it has no kept draft).
  useUnsavedInput(form.formState.isDirty);
  const { submit, formError, submitting } = useCheckedSubmit(form, {
    messages,
    focusOrder: ['quarterId', 'topicId', 'title', 'text'],
    explain: enqueueFailure,
    failedMessage: 'errors:internal',
    send: async (edited) => {
      const next = toFields(view, edited);
      if (!next) return;
      await resendEdited(view.id, next, i18n.language);
      onSent();
    },
  });
  const { errors } = form.formState;
  const problem = (field: keyof Editable) => (errors[field]?.message ? { error: errors[field].message } : {});
  // The item's own choice stays selectable even when the catalog no longer has it (that may be why it was refused).
  const choices = (list: readonly { id: string; label: string }[], own: string) => (
    <>
      {!list.some((choice) => choice.id === own) && <option value={own}>{t('submissions:edit.unknownChoice')}</option>}
      {list.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label}
        </option>
      ))}
    </>
  );

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary message={formError ?? (Object.keys(errors).length > 0 ? 'submissions:edit.invalid' : undefined)} />
      <Field label={t('submissions:edit.quarter')} {...problem('quarterId')}>
        {(control) => (
          <select {...control} {...form.register('quarterId')} className="native-select">
            {choices(names.quarters.map((q) => ({ id: q.id, label: q.name })), fields.quarterId)}
          </select>
        )}
      </Field>
      <Field label={t('submissions:edit.topic')} {...problem('topicId')}>
        {(control) => (
          <select {...control} {...form.register('topicId')} className="native-select">
            {choices(names.topics.map((topic) => ({ id: topic.id, label: names.topicLabel(topic.id) })), fields.topicId)}
          </select>
        )}
      </Field>
      {fields.title !== undefined && (
        <Field label={t('submissions:edit.titleField')} {...problem('title')}>
          {(control) => <input {...control} {...form.register('title')} className="native-input" maxLength={LIMITS.titleMax} />}
        </Field>
      )}
      <Field label={t('submissions:edit.text')} {...problem('text')}>
        {(control) => <textarea {...control} {...form.register('text')} className="native-input native-textarea" rows={6} maxLength={LIMITS.textMax} />}
      </Field>
      <IonButton type="submit" expand="block" disabled={submitting}>
        {t('submissions:edit.send')}
      </IonButton>
    </form>
  );
}
