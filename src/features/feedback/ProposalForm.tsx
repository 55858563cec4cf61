import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enqueue, SETTING_KEYS } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { photosForEnqueue, type OptionalParts as Parts } from './draft-parts';
import {
  EMPTY_PROPOSAL,
  parseStoredProposal,
  proposalFieldOfPath,
  proposalToSubmission,
  storedProposal,
  validateProposal,
  type ProposalErrors,
} from './proposal-form';
import { FormEnd, FormStart, unknownQuarter } from './FormFrame';
import type { FeedbackCatalogs } from './use-feedback-catalogs';
import { useStoredDraft } from './use-stored-draft';
import { useSubmit } from './use-submit';

const CODEC = { key: SETTING_KEYS.draftProposal, empty: EMPTY_PROPOSAL, parse: parseStoredProposal, store: storedProposal };

/** A proposal: public after the quarter managers checked it, then others can support it. */
export function ProposalForm({ catalogs, onSent }: { catalogs: FeedbackCatalogs; onSent: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { draft, setDraft, ready, clearAfterSend } = useStoredDraft(CODEC);
  const [errors, setErrors] = useState<ProposalErrors>({});
  const { submitting, formError, submitChecked } = useSubmit(proposalFieldOfPath, 'feedback:errors.invalidField', 'feedback:proposal.errors.saveFailed');
  const quarterInput = useRef<HTMLInputElement>(null);
  const topicSelect = useRef<HTMLSelectElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const placePrefix = t('feedback:location.textPrefix');

  const update = <K extends 'quarterId' | 'topicId' | 'title' | 'text'>(key: K, value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key in errors) setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const updateParts = (change: (parts: Parts) => Parts) => setDraft((current) => ({ ...current, ...change(current) }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const found = validateProposal(draft, placePrefix);
    if (unknownQuarter(draft.quarterId, catalogs)) found.quarterId = 'feedback:errors.quarterRequired';
    await submitChecked(
      found,
      [
        ['quarterId', () => quarterInput.current?.focus()],
        ['topicId', () => topicSelect.current?.focus()],
        ['title', () => titleInput.current?.focus()],
        ['text', () => textArea.current?.focus()],
      ],
      setErrors,
      async () => {
        const item = await enqueue(proposalToSubmission(draft, placePrefix), i18n.language, { photos: photosForEnqueue(draft) });
        await clearAfterSend();
        onSent(item.id);
      },
    );
  };

  if (!ready) return null;
  const describedBy = (field: 'title' | 'text', hint: string) => `${hint}${errors[field] ? ` ${id}-${field}-error` : ''}`;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="feedback-form" data-testid="proposal-form">
      <p className="intro">{t('feedback:proposal.intro')}</p>
      <p className="notice">{t('feedback:proposal.public')}</p>
      <FormStart
        catalogs={catalogs}
        formError={formError}
        quarterId={draft.quarterId}
        topicId={draft.topicId}
        errors={errors}
        onQuarter={(quarterId) => update('quarterId', quarterId)}
        onTopic={(topicId) => update('topicId', topicId)}
        quarterRef={quarterInput}
        topicRef={topicSelect}
      />
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('feedback:proposal.titleLabel')}</label>
        <input
          ref={titleInput}
          id={`${id}-title`}
          className="native-input"
          maxLength={LIMITS.titleMax}
          value={draft.title}
          onChange={(e) => update('title', e.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title', `${id}-title-hint`)}
        />
        <p className="field-hint" id={`${id}-title-hint`}>
          {t('feedback:proposal.titleHint', { min: LIMITS.titleMin, max: LIMITS.titleMax })}
        </p>
        {errors.title && (
          <p className="field-error" id={`${id}-title-error`}>
            {t(errors.title, { min: LIMITS.titleMin, max: LIMITS.titleMax })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('feedback:proposal.textLabel')}</label>
        <textarea
          ref={textArea}
          id={`${id}-text`}
          className="native-input native-textarea"
          rows={6}
          maxLength={LIMITS.textMax}
          value={draft.text}
          onChange={(e) => update('text', e.target.value)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy('text', `${id}-text-hint`)}
        />
        <p className="field-hint" id={`${id}-text-hint`}>
          {t('feedback:proposal.textHint')}
        </p>
        {errors.text && (
          <p className="field-error" id={`${id}-text-error`}>
            {t(errors.text)}
          </p>
        )}
      </div>
      <FormEnd
        catalogs={catalogs}
        parts={draft}
        onParts={updateParts}
        errors={errors}
        quarterId={draft.quarterId}
        submitting={submitting}
        submitLabel={t('feedback:proposal.submit')}
        privacyNote={t('feedback:proposal.privacy')}
      />
    </form>
  );
}
