import { LIMITS } from '../../shared/limits';
import type { FormMessages } from './form-messages';

// The messages of the resident forms, by form field. The rules are the shared schemas' (src/shared);
// these tables only say how each problem is put into words.

const PARTS_RENAMES = { location: 'place', mediaIds: 'photos' };
const FEEDBACK_INVALID = 'feedback:errors.invalidField';

const partsFields = {
  place: FEEDBACK_INVALID,
  photos: 'feedback:photos.tooMany',
  'contact.name': 'feedback:contact.nameTooLong',
  'contact.email': 'feedback:contact.emailInvalid',
};

const whereAndWhat = {
  quarterId: 'feedback:errors.quarterRequired',
  topicId: 'feedback:errors.topicRequired',
};

export const FEEDBACK_MESSAGES: FormMessages = {
  fields: {
    ...whereAndWhat,
    text: { required: 'feedback:errors.textRequired', tooLong: 'feedback:errors.textTooLong' },
    mood: FEEDBACK_INVALID,
    visibility: FEEDBACK_INVALID,
    ...partsFields,
  },
  fallback: FEEDBACK_INVALID,
  renames: PARTS_RENAMES,
};

export const PROPOSAL_MESSAGES: FormMessages = {
  fields: {
    ...whereAndWhat,
    title: {
      required: 'feedback:proposal.errors.titleRequired',
      tooShort: 'feedback:proposal.errors.titleTooShort',
      tooLong: 'feedback:proposal.errors.titleTooLong',
    },
    text: { required: 'feedback:proposal.errors.textRequired', tooLong: 'feedback:errors.textTooLong' },
    ...partsFields,
  },
  fallback: FEEDBACK_INVALID,
  renames: PARTS_RENAMES,
};

export const INTEREST_MESSAGES: FormMessages = {
  fields: {
    name: 'discover:interest.errors.nameRequired',
    // The schema's one refinement on `contact`: neither an e-mail address nor a phone number.
    contact: 'discover:interest.errors.contactRequired',
    'contact.email': 'discover:interest.errors.emailInvalid',
    'contact.phone': 'discover:interest.errors.phoneInvalid',
    message: 'discover:interest.errors.invalid',
  },
  fallback: 'discover:interest.errors.invalid',
};

/** The receipt lookup: the schema is `receiptCodeSchema`, checked on the whole value. */
export const RECEIPT_MESSAGES: FormMessages = {
  fields: { code: 'submissions:lookup.invalid' },
  fallback: 'submissions:lookup.invalid',
};

/** Values some messages show ("höchstens {{max}} Zeichen"): the shared limits, so text and rule agree. */
export const MESSAGE_VALUES: Record<string, Record<string, number>> = {
  'feedback:proposal.errors.titleTooShort': { min: LIMITS.titleMin },
  'feedback:proposal.errors.titleTooLong': { max: LIMITS.titleMax },
  'feedback:photos.tooMany': { max: LIMITS.mediaPerItem },
  'feedback:errors.textTooLong': { max: LIMITS.textMax },
};
