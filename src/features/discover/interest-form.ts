import type { NewSubmission } from '../../offline/outbox';
import { interestItemSchema } from '../../shared/submission';
import { byMessages, SEND_TIME_FIELDS, type FormCheck } from '../../ui/form/form-resolver';
import { INTEREST_MESSAGES } from '../../ui/form/submission-messages';
import { asciiDigits } from '../../shared/digits';

// "Ich bin interessiert": the form's values and the item they become. The values have the item's
// shape (contact.email, contact.phone), so a schema problem lands on the field of the same name.

export interface InterestDraft {
  name: string;
  contact: { email: string; phone: string };
  message: string;
}

export const EMPTY_INTEREST: InterestDraft = { name: '', contact: { email: '', phone: '' }, message: '' };

export function toInterest(opportunityId: string, draft: InterestDraft): NewSubmission {
  const email = draft.contact.email.trim();
  const phone = asciiDigits(draft.contact.phone).trim();
  const message = draft.message.trim();
  return {
    kind: 'interest',
    opportunityId,
    name: draft.name.trim(),
    contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    ...(message ? { message } : {}),
  };
}

/** The check: the shared interest schema on the item the form would store. */
export function interestCheck(opportunityId: string): FormCheck<InterestDraft> {
  return { schema: interestItemSchema, describe: byMessages(INTEREST_MESSAGES), toItem: (draft) => ({ ...toInterest(opportunityId, draft), ...SEND_TIME_FIELDS }) };
}
