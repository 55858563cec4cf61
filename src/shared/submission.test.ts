import { describe, expect, it } from 'vitest';
import { submissionSchema, submissionBatchSchema } from './submission';
import { LIMITS } from './limits';

const base = { id: '6f1c1c7e-8a3b-4d44-9a53-0b3c5d2f1a10', createdAt: '2026-11-26T08:00:00.000Z', locale: 'de' };
const feedback = { ...base, kind: 'feedback', quarterId: 'erfurt-1-altstadt', topicId: 'treffpunkte', text: 'Hallo' };

describe('submission schema', () => {
  it('accepts each of the four kinds', () => {
    const items = [
      feedback,
      { ...base, kind: 'proposal', quarterId: 'q', topicId: 't', title: 'Bänke', text: 'Mehr Bänke' },
      { ...base, kind: 'support', proposalId: base.id, supporterId: '0b3c5d2f-1a10-4d44-9a53-6f1c1c7e8a3b' },
      { ...base, kind: 'interest', opportunityId: 'o1', name: 'Ada', contact: { phone: '0361 123' } },
    ];
    for (const item of items) expect(submissionSchema.safeParse(item).success).toBe(true);
  });

  it('defaults feedback visibility to private', () => {
    const parsed = submissionSchema.parse(feedback);
    expect(parsed.kind === 'feedback' && parsed.visibility).toBe('private');
  });

  it.each([
    ['empty text', { ...feedback, text: '   ' }, 'text'],
    ['text over the limit', { ...feedback, text: 'x'.repeat(LIMITS.textMax + 1) }, 'text'],
    ['mood out of range', { ...feedback, mood: 6 }, 'mood'],
    ['bad id', { ...feedback, id: 'nope' }, 'id'],
    ['bad date', { ...feedback, createdAt: 'yesterday' }, 'createdAt'],
    ['too many photos', { ...feedback, mediaIds: [base.id, base.id, base.id, base.id] }, 'mediaIds'],
    ['bad e-mail', { ...feedback, contact: { email: 'at' } }, 'contact.email'],
  ])('rejects %s at its path', (_name, item, path) => {
    const result = submissionSchema.safeParse(item);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });

  it.each([
    ['letters', 'call me'],
    ['too short', '12'],
  ])('refuses an interest phone number with %s', (_name, phone) => {
    const result = submissionSchema.safeParse({ ...base, kind: 'interest', opportunityId: 'o', name: 'Ada', contact: { phone } });
    expect(result.error?.issues[0]?.path.join('.')).toBe('contact.phone');
  });

  it('reads an interest phone number typed with Arabic-Indic digits as 0-9', () => {
    const result = submissionSchema.parse({ ...base, kind: 'interest', opportunityId: 'o', name: 'Ada', contact: { phone: '٠٣٦١ ۱۲۳' } });
    expect(result.kind === 'interest' && result.contact.phone).toBe('0361 123');
  });

  it('needs an e-mail or a phone for interest', () => {
    const result = submissionSchema.safeParse({ ...base, kind: 'interest', opportunityId: 'o', name: 'Ada', contact: {} });
    expect(result.success).toBe(false);
  });

  it('rejects an unknown kind', () => {
    expect(submissionSchema.safeParse({ ...feedback, kind: 'complaint' }).success).toBe(false);
  });

  it('bounds the batch to 1..100 items', () => {
    expect(submissionBatchSchema.safeParse({ items: [] }).success).toBe(false);
    expect(submissionBatchSchema.safeParse({ items: Array(101).fill(feedback) }).success).toBe(false);
    expect(submissionBatchSchema.safeParse({ items: Array(100).fill(feedback) }).success).toBe(true);
  });
});
