import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { enqueue, enqueueFailure } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { useUnsavedInput } from '../../ui/unsaved-input';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { describedBy, Field, FieldProblem } from '../../ui/form/Field';
import { formResolver } from '../../ui/form/form-resolver';
import { INTEREST_MESSAGES } from '../../ui/form/submission-messages';
import { useCheckedSubmit } from '../../ui/form/use-checked-submit';
import { InterestSent } from './InterestSent';
import { EMPTY_INTEREST, interestCheck, toInterest, type InterestDraft } from './interest-form';

/**
 * "Ich bin interessiert": writes an `interest` item to the outbox, offline or not. The sync engine
 * delivers it; the resident follows it in "Meine Beiträge".
 */
export function InterestForm({ opportunityId, title }: { opportunityId: string; title: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const resolver = useMemo(() => formResolver(interestCheck(opportunityId)), [opportunityId]);
  const form = useForm<InterestDraft>({ defaultValues: EMPTY_INTEREST, resolver, reValidateMode: 'onSubmit', shouldFocusError: false });
  // An app update waits while this form holds input a reload would lose (it has no kept draft).
  useUnsavedInput(form.formState.isDirty);
  const [savedId, setSavedId] = useState<string>();
  const { submit, formError, submitting } = useCheckedSubmit(form, {
    messages: INTEREST_MESSAGES,
    focusOrder: ['name', ['contact', () => form.setFocus('contact.email')], 'contact.email', 'contact.phone'],
    explain: enqueueFailure,
    failedMessage: 'discover:interest.errors.saveFailed',
    send: async (draft) => {
      const item = await enqueue(toInterest(opportunityId, draft), i18n.language, { subject: title });
      form.reset(EMPTY_INTEREST);
      setSavedId(item.id);
    },
  });
  // "Noch eine Anfrage" replaces the confirmation (and the button, which had the focus) with the form again: the
  // focus goes to its first field instead of falling to the page.
  const again = useRef(false);
  useEffect(() => {
    if (savedId || !again.current) return;
    again.current = false;
    form.setFocus('name');
  }, [savedId, form]);
  const { errors } = form.formState;
  const contactProblem = errors.contact?.message;
  const heading = <h2 id={`${id}-heading`}>{t('discover:interest.title')}</h2>;

  if (savedId) {
    return (
      <section className="details-section interest" aria-labelledby={`${id}-heading`}>
        {heading}
        <InterestSent id={savedId} title={title} />
        <button
          type="button"
          className="plain-button"
          onClick={() => {
            again.current = true;
            setSavedId(undefined);
          }}
        >
          {t('discover:interest.again')}
        </button>
      </section>
    );
  }

  const contactInput = (field: 'email' | 'phone', type: string, maxLength: number) => (
    <>
      <label htmlFor={`${id}-${field}`} className="field-label sub-label">
        {t(field === 'email' ? 'discover:interest.email' : 'discover:interest.phone')}
      </label>
      <input
        {...form.register(`contact.${field}`)}
        id={`${id}-${field}`}
        className="native-input"
        type={type}
        autoComplete={field === 'email' ? 'email' : 'tel'}
        maxLength={maxLength}
        aria-invalid={errors.contact?.[field] || contactProblem ? true : undefined}
        aria-describedby={describedBy(errors.contact?.[field] && `${id}-${field}-error`)}
      />
      <FieldProblem id={`${id}-${field}-error`} message={errors.contact?.[field]?.message} />
    </>
  );

  return (
    <section className="details-section interest" aria-labelledby={`${id}-heading`}>
      {heading}
      <p>{t('discover:interest.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="interest-form">
        <ErrorSummary message={formError} />
        <Field label={t('discover:interest.name')} {...(errors.name?.message ? { error: errors.name.message } : {})}>
          {(control) => <input {...control} {...form.register('name')} className="native-input" autoComplete="name" maxLength={LIMITS.nameMax} required />}
        </Field>
        <fieldset className="field" aria-describedby={describedBy(`${id}-contact-hint`, contactProblem && `${id}-contact-error`)}>
          <legend>{t('discover:interest.contact')}</legend>
          <p className="field-hint" id={`${id}-contact-hint`}>
            {t('discover:interest.contactHint')}
          </p>
          <FieldProblem id={`${id}-contact-error`} message={contactProblem} />
          {contactInput('email', 'email', LIMITS.emailMax)}
          {contactInput('phone', 'tel', LIMITS.phoneMax)}
        </fieldset>
        <Field label={t('discover:interest.message')} {...(errors.message?.message ? { error: errors.message.message } : {})}>
          {(control) => <textarea {...control} {...form.register('message')} className="native-input native-textarea" maxLength={LIMITS.messageMax} />}
        </Field>
        <p className="field-hint interest-privacy">
          {t('discover:interest.privacy')}
        </p>
        {/* aria-disabled, not disabled: a disabled button drops the focus; useCheckedSubmit ignores a second press. */}
        <button type="submit" className="primary-button" aria-disabled={submitting || undefined}>
          {t('discover:interest.submit')}
        </button>
      </form>
    </section>
  );
}
