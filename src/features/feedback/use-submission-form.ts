import { useMemo } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { enqueue, enqueueFailure, type NewSubmission } from '../../offline/outbox';
import { formResolver, type FormCheck } from '../../ui/form/form-resolver';
import type { FormMessages } from '../../ui/form/form-messages';
import { useCheckedSubmit } from '../../ui/form/use-checked-submit';
import { useDismissStartShell } from '../../ui/use-dismiss-start-shell';
import { photosForEnqueue, type SharedDraft } from './draft-parts';
import type { FeedbackCatalogs } from './use-feedback-catalogs';
import { useStoredDraft, type DraftCodec } from './use-stored-draft';

/** What makes one of Mitmachen's forms itself; everything else they share. */
export interface SubmissionFormKind<D extends SharedDraft & FieldValues> {
  /** where its draft is stored and how */
  codec: DraftCodec<D>;
  /** the shared schema's check for the draft (a quarter the catalog no longer has included) */
  check: (placePrefix: string, quarters: readonly { id: string }[]) => FormCheck<D>;
  toSubmission: (draft: D, placePrefix: string) => NewSubmission;
  messages: FormMessages;
  /** the fields in the order a failed send moves focus through them */
  focusOrder: readonly Path<D>[];
  /** translation key for a send the device could not store */
  failedMessage: string;
}

/**
 * One of Mitmachen's forms: checked by the shared schema on send (problems go as the field changes, no checking
 * while typing), its draft kept on the device while the resident types, the start screen's frame dismissed once
 * the stored draft is back, and a send that only writes to the outbox (the sync engine delivers).
 */
export function useSubmissionForm<D extends SharedDraft & FieldValues>(kind: SubmissionFormKind<D>, catalogs: FeedbackCatalogs, onSent: (id: string) => void) {
  const { t, i18n } = useTranslation();
  const placePrefix = t('feedback:location.textPrefix');
  const { check, codec, toSubmission } = kind;
  const resolver = useMemo(() => formResolver(check(placePrefix, catalogs.quarters)), [check, placePrefix, catalogs.quarters]);
  const form = useForm<D>({ defaultValues: codec.empty as DefaultValues<D>, resolver, reValidateMode: 'onSubmit', shouldFocusError: false });
  const { ready, clearAfterSend } = useStoredDraft(form, codec);
  useDismissStartShell(ready);
  const { submit, formError, submitting } = useCheckedSubmit(form, {
    messages: kind.messages,
    focusOrder: kind.focusOrder,
    explain: enqueueFailure,
    failedMessage: kind.failedMessage,
    send: async (draft) => {
      const item = await enqueue(toSubmission(draft, placePrefix), i18n.language, { photos: photosForEnqueue(draft) });
      await clearAfterSend();
      onSent(item.id);
    },
  });
  return { form, ready, submit, formError, submitting };
}
