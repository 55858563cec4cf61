import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/limits';
import type { ContactDraft } from './draft-parts';

interface ContactFieldProps {
  value: ContactDraft;
  onChange: (contact: ContactDraft) => void;
  errors: { name?: string; email?: string };
}

/** Optional contact: who sees it is said before anything is typed. */
export function ContactField({ value, onChange, errors }: ContactFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="contact-field">
      <p className="field-hint" id={`${id}-who`}>
        {t('feedback:contact.explain')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('feedback:contact.name')}</label>
        <input
          id={`${id}-name`}
          className="native-input"
          autoComplete="name"
          maxLength={LIMITS.nameMax}
          value={value.name}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
          aria-describedby={`${id}-who${errors.name ? ` ${id}-name-error` : ''}`}
          aria-invalid={errors.name ? true : undefined}
        />
        {errors.name && (
          <p className="field-error" id={`${id}-name-error`}>
            {t(errors.name)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('feedback:contact.email')}</label>
        <input
          id={`${id}-email`}
          className="native-input"
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={LIMITS.emailMax}
          value={value.email}
          onChange={(e) => onChange({ ...value, email: e.target.value })}
          aria-describedby={`${id}-who${errors.email ? ` ${id}-email-error` : ''}`}
          aria-invalid={errors.email ? true : undefined}
        />
        {errors.email && (
          <p className="field-error" id={`${id}-email-error`}>
            {t(errors.email)}
          </p>
        )}
      </div>
    </div>
  );
}
