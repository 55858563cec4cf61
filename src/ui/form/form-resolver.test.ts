import { describe, expect, it } from 'vitest';
import { interestItemSchema } from '../../shared/submission';
import { byMessages, formResolver, SEND_TIME_FIELDS } from './form-resolver';
import { INTEREST_MESSAGES } from './submission-messages';

type Values = { name: string; contact: { email: string; phone: string }; message: string };

// The resolver the interest form uses, built from its parts: values → outbox item → shared schema.
const resolver = formResolver<Values>({
  schema: interestItemSchema,
  describe: byMessages(INTEREST_MESSAGES),
  toItem: (v) => ({
    kind: 'interest',
    opportunityId: 'o1',
    name: v.name.trim(),
    contact: { ...(v.contact.email.trim() ? { email: v.contact.email.trim() } : {}), ...(v.contact.phone.trim() ? { phone: v.contact.phone.trim() } : {}) },
    ...SEND_TIME_FIELDS,
  }),
});
const options = { fields: {}, shouldUseNativeValidation: false } as const;
const values = (contact: Partial<Values['contact']>, name = 'Ada'): Values => ({ name, contact: { email: '', phone: '', ...contact }, message: '' });

describe('formResolver', () => {
  it('passes valid values through untouched', async () => {
    const ok = values({ phone: '0361 123' });
    expect(await resolver(ok, undefined, options)).toEqual({ values: ok, errors: {} });
  });

  it('nests problems under the form fields, with translation keys', async () => {
    const result = await resolver(values({ email: 'ada@' }, ' '), undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      name: expect.objectContaining({ type: 'too_small', message: 'discover:interest.errors.nameRequired' }),
      contact: { email: expect.objectContaining({ type: 'invalid_format', message: 'discover:interest.errors.emailInvalid' }) },
    });
  });

  it('keeps a group’s own problem on the group', async () => {
    const result = await resolver(values({}), undefined, options);
    expect(result.errors).toEqual({ contact: expect.objectContaining({ type: 'custom', message: 'discover:interest.errors.contactRequired' }) });
  });
});
