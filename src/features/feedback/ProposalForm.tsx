import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { enqueue, enqueueFailure, SETTING_KEYS } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { Field } from '../../ui/form/Field';
import { formResolver } from '../../ui/form/form-resolver';
import { PROPOSAL_MESSAGES } from '../../ui/form/submission-messages';
import { useCheckedSubmit } from '../../ui/form/use-checked-submit';
import { photosForEnqueue } from './draft-parts';
import { FormEnd, FormStart } from './FormFrame';
import { EMPTY_PROPOSAL, parseStoredProposal, proposalCheck, proposalToSubmission, storedProposal, type ProposalDraft } from './proposal-form';
import type { FeedbackCatalogs } from './use-feedback-catalogs';
import { useStoredDraft } from './use-stored-draft';
import { useDismissStartShell } from '../../ui/use-dismiss-start-shell';

const CODEC = { key: SETTING_KEYS.draftProposal, empty: EMPTY_PROPOSAL, parse: parseStoredProposal, store: storedProposal };

/** A proposal: public after the quarter managers checked it, then others can support it. */
export function ProposalForm({ catalogs, onSent }: { catalogs: FeedbackCatalogs; onSent: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const placePrefix = t('feedback:location.textPrefix');
  const resolver = useMemo(() => formResolver(proposalCheck(placePrefix, catalogs.quarters)), [placePrefix, catalogs.quarters]);
  const form = useForm<ProposalDraft>({ defaultValues: EMPTY_PROPOSAL, resolver, reValidateMode: 'onSubmit', shouldFocusError: false });
  const { ready, clearAfterSend } = useStoredDraft(form, CODEC);
  useDismissStartShell(ready);
  const { submit, formError, submitting } = useCheckedSubmit(form, {
    messages: PROPOSAL_MESSAGES,
    focusOrder: ['quarterId', 'topicId', 'title', 'text'],
    explain: enqueueFailure,
    failedMessage: 'feedback:proposal.errors.saveFailed',
    send: async (draft) => {
      const item = await enqueue(proposalToSubmission(draft, placePrefix), i18n.language, { photos: photosForEnqueue(draft) });
      await clearAfterSend();
      onSent(item.id);
    },
  });

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
        <FormEnd catalogs={catalogs} submitting={submitting} submitLabel={t('feedback:proposal.submit')} privacyNote={t('feedback:proposal.privacy')} />
      </form>
    </FormProvider>
  );
}
