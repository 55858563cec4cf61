import { describe, expect, it } from 'vitest';
import { interestItemSchema } from '../../shared/submission';
import { checkForm } from '../../ui/form/form-resolver';
import { EMPTY_INTEREST, interestCheck, toInterest, type InterestDraft } from './interest-form';

const problems = (draft: InterestDraft) =>
  Object.fromEntries(Object.entries(checkForm(interestCheck('beispiel-sprachcafe'), draft).problems).map(([field, error]) => [field, error.message]));
const withContact = (contact: Partial<InterestDraft['contact']>): InterestDraft => ({ ...EMPTY_INTEREST, name: 'Alex', contact: { ...EMPTY_INTEREST.contact, ...contact } });

describe('the interest check (shared schema, form messages)', () => {
  it('needs a name and an e-mail address or a phone number', () => {
    expect(problems(EMPTY_INTEREST)).toEqual({
      name: 'discover:interest.errors.nameRequired',
      contact: 'discover:interest.errors.contactRequired',
    });
    expect(problems(withContact({ phone: '0361 123456' }))).toEqual({});
    expect(problems(withContact({ email: 'alex@example.org' }))).toEqual({});
  });

  it('checks the form of e-mail and phone', () => {
    expect(problems(withContact({ email: 'alex@' }))).toEqual({ 'contact.email': 'discover:interest.errors.emailInvalid' });
    expect(problems(withContact({ phone: 'call me' }))).toEqual({ 'contact.phone': 'discover:interest.errors.phoneInvalid' });
    expect(problems(withContact({ phone: '12' }))).toEqual({ 'contact.phone': 'discover:interest.errors.phoneInvalid' });
  });

  it('builds exactly the outbox item the server expects, leaving empty fields out', () => {
    const item = toInterest('beispiel-sprachcafe', { name: ' Alex ', contact: { email: 'alex@example.org', phone: ' ' }, message: '' });
    expect(item).toEqual({ kind: 'interest', opportunityId: 'beispiel-sprachcafe', name: 'Alex', contact: { email: 'alex@example.org' } });
    const full = { ...item, id: crypto.randomUUID(), createdAt: new Date().toISOString(), locale: 'de' };
    expect(interestItemSchema.safeParse(full).success).toBe(true);
  });
});
