import { IonButton } from '@ionic/react';
import { Controller, useFormContext } from 'react-hook-form';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import type { SharedDraft } from './draft-parts';
import { OptionalParts } from './OptionalParts';
import { QuarterField } from './QuarterField';
import { TopicField } from './TopicField';
import type { FeedbackCatalogs } from './use-feedback-catalogs';

// What the feedback and the proposal form share around their own fields: where and about what at
// the top, the optional parts and the send button at the bottom — so both forms ask the same way.
// Both read and write the form through react-hook-form's context (FormProvider in each form).

export function FormStart({ catalogs, formError }: { catalogs: FeedbackCatalogs; formError: string | undefined }) {
  const { control } = useFormContext<SharedDraft>();
  return (
    <>
      <ErrorSummary message={formError} />
      <Controller
        control={control}
        name="quarterId"
        render={({ field, fieldState }) => (
          <QuarterField
            quarters={catalogs.quarters}
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            {...(fieldState.error?.message ? { error: fieldState.error.message } : {})}
          />
        )}
      />
      <Controller
        control={control}
        name="topicId"
        render={({ field, fieldState }) => (
          <TopicField
            topics={catalogs.topics}
            value={field.value}
            onChange={field.onChange}
            selectRef={field.ref}
            {...(fieldState.error?.message ? { error: fieldState.error.message } : {})}
          />
        )}
      />
    </>
  );
}

interface FormEndProps {
  submitting: boolean;
  submitLabel: string;
  privacyNote: string;
}

export function FormEnd({ submitting, submitLabel, privacyNote }: FormEndProps) {
  return (
    <>
      <OptionalParts />
      <IonButton type="submit" expand="block" disabled={submitting} className="submit-button">
        {submitLabel}
      </IonButton>
      <p className="field-hint">{privacyNote}</p>
    </>
  );
}
