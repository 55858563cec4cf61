import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SETTING_KEYS } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { Field } from '../../ui/form/Field';
import { PROPOSAL_MESSAGES } from '../../ui/form/submission-messages';
import { FormEnd, FormStart } from './FormFrame';
import { EMPTY_PROPOSAL, parseStoredProposal, proposalCheck, proposalToSubmission, storedProposal, type ProposalDraft } from './proposal-form';
import type { FeedbackCatalogs } from './use-feedback-catalogs';
import { useSubmissionForm, type SubmissionFormKind } from './use-submission-form';

const PROPOSAL: SubmissionFormKind<ProposalDraft> = {
  codec: { key: SETTING_KEYS.draftProposal, empty: EMPTY_PROPOSAL, parse: parseStoredProposal, store: storedProposal },
  check: proposalCheck,
  toSubmission: proposalToSubmission,
  messages: PROPOSAL_MESSAGES,
  focusOrder: ['quarterId', 'topicId', 'title', 'text'],
  failedMessage: 'feedback:proposal.errors.saveFailed',
};

/** A proposal: public after the quarter managers checked it, then others can support it. */
export function ProposalForm({ catalogs, onSent }: { catalogs: FeedbackCatalogs; onSent: (id: string) => void }) {
  const { t } = useTranslation();
  const { form, ready, submit, formError, submitting } = useSubmissionForm(PROPOSAL, catalogs, onSent);

  if (!ready) return null;
  const { errors } = form.formState;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} className="feedback-form" data-testid="proposal-form">
        <p className="intro">{t('feedback:proposal.intro')}</p>
        <p className="notice">{t('feedback:proposal.public')}</p>
        <FormStart catalogs={catalogs} formError={formError} />
        <Field
          label={t('feedback:proposal.titleLabel')}
          hint={t('feedback:proposal.titleHint', { min: LIMITS.titleMin, max: LIMITS.titleMax })}
          {...(errors.title?.message ? { error: errors.title.message } : {})}
        >
          {(control) => <input {...control} {...form.register('title')} className="native-input" maxLength={LIMITS.titleMax} />}
        </Field>
        <Field label={t('feedback:proposal.textLabel')} hint={t('feedback:proposal.textHint')} {...(errors.text?.message ? { error: errors.text.message } : {})}>
          {(control) => <textarea {...control} {...form.register('text')} className="native-input native-textarea" rows={6} maxLength={LIMITS.textMax} />}
        </Field>
        <FormEnd submitting={submitting} submitLabel={t('feedback:proposal.submit')} privacyNote={t('feedback:proposal.privacy')} />
      </form>
    </FormProvider>
  );
}
