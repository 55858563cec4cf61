import { describe, expect, it } from 'vitest';
import { interestItemSchema } from '../../shared/submission';
import { EMPTY_INTEREST, fieldOfPath, toInterest, validateInterest } from './interest-form';

describe('interest form', () => {
  it('needs a name and an e-mail address or a phone number', () => {
    expect(validateInterest(EMPTY_INTEREST)).toEqual({
      name: 'discover:interest.errors.nameRequired',
      contact: 'discover:interest.errors.contactRequired',
    });
    expect(validateInterest({ ...EMPTY_INTEREST, name: 'Alex', phone: '0361 123456' })).toEqual({});
    expect(validateInterest({ ...EMPTY_INTEREST, name: 'Alex', email: 'alex@example.org' })).toEqual({});
  });

  it('checks the form of e-mail and phone', () => {
    expect(validateInterest({ ...EMPTY_INTEREST, name: 'A', email: 'alex@' }).email).toBe('discover:interest.errors.emailInvalid');
    expect(validateInterest({ ...EMPTY_INTEREST, name: 'A', phone: 'call me' }).phone).toBe('discover:interest.errors.phoneInvalid');
  });

  it('builds exactly the outbox item the server expects, leaving empty fields out', () => {
    const item = toInterest('beispiel-sprachcafe', { name: ' Alex ', email: 'alex@example.org', phone: ' ', message: '' });
    expect(item).toEqual({ kind: 'interest', opportunityId: 'beispiel-sprachcafe', name: 'Alex', contact: { email: 'alex@example.org' } });
    const full = { ...item, id: crypto.randomUUID(), createdAt: new Date().toISOString(), locale: 'de' };
    expect(interestItemSchema.safeParse(full).success).toBe(true);
  });

  it('maps validation paths to fields', () => {
    expect(fieldOfPath('contact.email')).toBe('email');
    expect(fieldOfPath('contact')).toBe('contact');
    expect(fieldOfPath('name')).toBe('name');
    expect(fieldOfPath('locale')).toBeUndefined();
  });
});
