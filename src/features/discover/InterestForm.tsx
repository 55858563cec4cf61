import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { enqueue, InvalidSubmissionError } from '../../offline/outbox';
import { QuotaError } from '../../offline/quota';
import { LIMITS } from '../../shared/limits';
import { useUnsavedInput } from '../../ui/unsaved-input';
import { EMPTY_INTEREST, fieldOfPath, toInterest, validateInterest, type InterestDraft, type InterestErrors } from './interest-form';

/**
 * "Ich bin interessiert": writes an `interest` item to the outbox, offline or not. The sync engine
 * delivers it; the resident follows it in "Meine Beiträge".
 */
export function InterestForm({ opportunityId, title }: { opportunityId: string; title: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<InterestDraft>(EMPTY_INTEREST);
  const [errors, setErrors] = useState<InterestErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const phoneInput = useRef<HTMLInputElement>(null);
  useUnsavedInput(Object.values(draft).some((value) => value.trim() !== ''));

  const update = (field: keyof InterestDraft, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _field, ...rest }) => (field === 'email' || field === 'phone' ? { ...rest, contact: undefined } : rest));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = validateInterest(draft);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) {
      if (found.name) nameInput.current?.focus();
      else if (found.email || found.contact) emailInput.current?.focus();
      else if (found.phone) phoneInput.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await enqueue(toInterest(opportunityId, draft), i18n.language);
      setDraft(EMPTY_INTEREST);
      setSaved(true);
    } catch (error) {
      if (error instanceof InvalidSubmissionError) {
        const field = fieldOfPath(error.path);
        if (field) setErrors({ [field]: 'discover:interest.errors.invalid' });
        else setFormError('errors:validation');
      } else if (error instanceof QuotaError) {
        setFormError('errors:quota');
      } else {
        console.error('saving interest failed', error);
        setFormError('discover:interest.errors.saveFailed');
      }
    } finally {
      setSaving(false);
    }
  };

  const describedBy = (field: keyof InterestErrors, hint?: string) =>
    [errors[field] ? `${id}-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const error = (field: keyof InterestErrors) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {t(errors[field] ?? '')}
      </p>
    ) : null;

  if (saved) {
    return (
      <section className="details-section interest" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('discover:interest.title')}</h2>
        <div className="notice notice-success" role="status" data-testid="interest-saved">
          <p>{t('discover:interest.saved', { title })}</p>
          <p>
            <Link to="/meine">{t('discover:interest.toMine')}</Link>
          </p>
        </div>
        <button type="button" className="plain-button" onClick={() => setSaved(false)}>
          {t('discover:interest.again')}
        </button>
      </section>
    );
  }

  return (
    <section className="details-section interest" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('discover:interest.title')}</h2>
      <p>{t('discover:interest.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="interest-form">
        {formError && (
          <div className="notice notice-error" role="alert">
            <p>{t(formError)}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('discover:interest.name')}</label>
          <input
            ref={nameInput}
            id={`${id}-name`}
            className="native-input"
            autoComplete="name"
            maxLength={LIMITS.nameMax}
            value={draft.name}
            onChange={(e) => update('name', e.target.value)}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy('name')}
            required
          />
          {error('name')}
        </div>
        <fieldset className="field" aria-describedby={`${id}-contact-hint${errors.contact ? ` ${id}-contact-error` : ''}`}>
          <legend>{t('discover:interest.contact')}</legend>
          <p className="field-hint" id={`${id}-contact-hint`}>
            {t('discover:interest.contactHint')}
          </p>
          {error('contact')}
          <label htmlFor={`${id}-email`} className="field-label sub-label">
            {t('discover:interest.email')}
          </label>
          <input
            ref={emailInput}
            id={`${id}-email`}
            className="native-input"
            type="email"
            autoComplete="email"
            maxLength={LIMITS.emailMax}
            value={draft.email}
            onChange={(e) => update('email', e.target.value)}
            aria-invalid={errors.email || errors.contact ? true : undefined}
            aria-describedby={describedBy('email')}
          />
          {error('email')}
          <label htmlFor={`${id}-phone`} className="field-label sub-label">
            {t('discover:interest.phone')}
          </label>
          <input
            ref={phoneInput}
            id={`${id}-phone`}
            className="native-input"
            type="tel"
            autoComplete="tel"
            maxLength={LIMITS.phoneMax}
            value={draft.phone}
            onChange={(e) => update('phone', e.target.value)}
            aria-invalid={errors.phone || errors.contact ? true : undefined}
            aria-describedby={describedBy('phone')}
          />
          {error('phone')}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-message`}>{t('discover:interest.message')}</label>
          <textarea
            id={`${id}-message`}
            className="native-input native-textarea"
            maxLength={LIMITS.messageMax}
            value={draft.message}
            onChange={(e) => update('message', e.target.value)}
            aria-describedby={describedBy('message')}
          />
          {error('message')}
        </div>
        <p className="field-hint">{t('discover:interest.privacy')}</p>
        <button type="submit" className="primary-button" disabled={saving}>
          {t('discover:interest.submit')}
        </button>
      </form>
    </section>
  );
}
