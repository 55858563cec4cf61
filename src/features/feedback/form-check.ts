import type { z } from 'zod';
import type { NewSubmission } from '../../offline/outbox';
import type { FormMessages } from '../../ui/form/form-messages';
import { byMessages, SEND_TIME_FIELDS, sendTimeMediaIds, type FormCheck } from '../../ui/form/form-resolver';
import type { SharedDraft } from './draft-parts';

/** A remembered quarter that the catalog no longer knows would only be rejected by the server. */
export function unknownQuarter(quarterId: string, quarters: readonly { id: string }[]): boolean {
  return quarterId !== '' && !quarters.some((q) => q.id === quarterId);
}

/**
 * How the feedback and the proposal form are checked: the item `enqueue` would store — with the
 * place description in the text and an id per photo — by the shared schema, plus the one thing only
 * the device can know (the quarter is one the catalog still has).
 */
export function draftCheck<D extends SharedDraft>(
  schema: z.ZodType,
  messages: FormMessages,
  toSubmission: (draft: D, placePrefix: string) => NewSubmission,
  placePrefix: string,
  quarters: readonly { id: string }[],
): FormCheck<D> {
  return {
    schema,
    describe: byMessages(messages),
    toItem: (draft) => ({
      ...toSubmission(draft, placePrefix),
      ...(draft.photos.length ? { mediaIds: sendTimeMediaIds(draft.photos.length) } : {}),
      ...SEND_TIME_FIELDS,
    }),
    extra: (draft): Record<string, string> => (unknownQuarter(draft.quarterId, quarters) ? { quarterId: 'feedback:errors.quarterRequired' } : {}),
  };
}
