import { IonButton } from '@ionic/react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionalParts as Parts, PartField } from './draft-parts';
import { OptionalParts } from './OptionalParts';
import { QuarterField } from './QuarterField';
import { TopicField } from './TopicField';
import type { FeedbackCatalogs } from './use-feedback-catalogs';

// What the feedback and the proposal form share around their own fields: where and about what at
// the top, the optional parts and the send button at the bottom — so both forms ask the same way.

interface FormStartProps {
  catalogs: FeedbackCatalogs;
  formError: string | undefined;
  quarterId: string;
  topicId: string;
  errors: { quarterId?: string; topicId?: string };
  onQuarter: (quarterId: string) => void;
  onTopic: (topicId: string) => void;
  quarterRef: RefObject<HTMLInputElement | null>;
  topicRef: RefObject<HTMLSelectElement | null>;
}

export function FormStart({ catalogs, formError, quarterId, topicId, errors, onQuarter, onTopic, quarterRef, topicRef }: FormStartProps) {
  const { t } = useTranslation();
  return (
    <>
      {formError && (
        <div className="notice notice-error" role="alert">
          <p>{t(formError)}</p>
        </div>
      )}
      <QuarterField
        quarters={catalogs.quarters}
        value={quarterId}
        onChange={onQuarter}
        inputRef={quarterRef}
        {...(errors.quarterId ? { error: errors.quarterId } : {})}
      />
      <TopicField topics={catalogs.topics} value={topicId} onChange={onTopic} selectRef={topicRef} {...(errors.topicId ? { error: errors.topicId } : {})} />
    </>
  );
}

interface FormEndProps {
  catalogs: FeedbackCatalogs;
  parts: Parts;
  onParts: (change: (parts: Parts) => Parts) => void;
  errors: Partial<Record<PartField, string>>;
  quarterId: string;
  submitting: boolean;
  submitLabel: string;
  privacyNote: string;
}

export function FormEnd({ catalogs, parts, onParts, errors, quarterId, submitting, submitLabel, privacyNote }: FormEndProps) {
  return (
    <>
      <OptionalParts
        parts={parts}
        onChange={onParts}
        errors={errors}
        quarterId={quarterId}
        {...(catalogs.collection ? { quarters: catalogs.collection } : {})}
        {...(catalogs.tiles ? { tiles: catalogs.tiles } : {})}
      />
      <IonButton type="submit" expand="block" disabled={submitting} className="submit-button">
        {submitLabel}
      </IonButton>
      <p className="field-hint">{privacyNote}</p>
    </>
  );
}

/** A remembered quarter that the catalog no longer knows would only be rejected by the server. */
export function unknownQuarter(quarterId: string, catalogs: FeedbackCatalogs): boolean {
  return quarterId !== '' && !catalogs.quarters.some((q) => q.id === quarterId);
}
