import { z } from 'zod';
import type { NewSubmission } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';

// "Ich bin interessiert": the form's rules, checked before the outbox's own schema check so the
// resident sees which field to fix. Limits are the server's (src/shared/limits.ts).

export interface InterestDraft {
  name: string;
  email: string;
  phone: string;
  message: string;
}

export type InterestField = keyof InterestDraft | 'contact';
export type InterestErrors = Partial<Record<InterestField, string>>;

export const EMPTY_INTEREST: InterestDraft = { name: '', email: '', phone: '', message: '' };

export function validateInterest(draft: InterestDraft): InterestErrors {
  const errors: InterestErrors = {};
  if (!draft.name.trim()) errors.name = 'discover:interest.errors.nameRequired';
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (!email && !phone) errors.contact = 'discover:interest.errors.contactRequired';
  if (email && !z.email().max(LIMITS.emailMax).safeParse(email).success) errors.email = 'discover:interest.errors.emailInvalid';
  if (phone && !/^\+?[0-9 ()/-]{3,}$/.test(phone)) errors.phone = 'discover:interest.errors.phoneInvalid';
  return errors;
}

export function toInterest(opportunityId: string, draft: InterestDraft): NewSubmission {
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const message = draft.message.trim();
  return {
    kind: 'interest',
    opportunityId,
    name: draft.name.trim(),
    contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    ...(message ? { message } : {}),
  };
}

/** Which form field an outbox validation path points at (`contact.email` → email). */
export function fieldOfPath(path: string): InterestField | undefined {
  if (path.startsWith('name')) return 'name';
  if (path.startsWith('contact.email')) return 'email';
  if (path.startsWith('contact.phone')) return 'phone';
  if (path.startsWith('contact')) return 'contact';
  if (path.startsWith('message')) return 'message';
  return undefined;
}
