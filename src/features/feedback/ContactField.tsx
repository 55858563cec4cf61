import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/limits';
import { Field } from '../../ui/form/Field';
import type { SharedDraft } from './draft-parts';

/** Optional contact: who sees it is said before anything is typed. */
export function ContactField() {
  const { t } = useTranslation();
  const id = useId();
  const { register, formState } = useFormContext<SharedDraft>();
  const errors = formState.errors.contact;
  return (
    <div className="contact-field">
      <p className="field-hint" id={`${id}-who`}>
        {t('feedback:contact.explain')}
      </p>
      <Field label={t('feedback:contact.name')} alsoDescribedBy={`${id}-who`} {...(errors?.name?.message ? { error: errors.name.message } : {})}>
        {(control) => <input {...control} {...register('contact.name')} className="native-input" autoComplete="name" maxLength={LIMITS.nameMax} />}
      </Field>
      <Field label={t('feedback:contact.email')} alsoDescribedBy={`${id}-who`} {...(errors?.email?.message ? { error: errors.email.message } : {})}>
        {(control) => (
          <input {...control} {...register('contact.email')} className="native-input" type="email" inputMode="email" autoComplete="email" maxLength={LIMITS.emailMax} />
        )}
      </Field>
    </div>
  );
}
