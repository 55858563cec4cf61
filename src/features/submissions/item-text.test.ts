import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api-error';
import { SUBMISSION_STATUSES } from '../../shared/submission';
import { errorText, excerpt, headingText, problemKey, serverBadges, STATE_KEYS } from './item-text';

const locale = (lng: string, ns: string) =>
  JSON.parse(readFileSync(new URL(`../../../i18n/${lng}/${ns}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

// A stand-in for i18next's t over the real German file, so the test checks the words people read.
const germanErrors = locale('de', 'errors');
const t = (key: string) => {
  const [ns, name] = key.split(':');
  const value = ns === 'errors' ? germanErrors[name ?? ''] : undefined;
  return typeof value === 'string' ? value : key;
};

describe('errorText', () => {
  it('translates every code the API can answer with', () => {
    for (const code of ERROR_CODES) {
      const text = errorText({ code, message: 'server text' }, t);
      expect(text, code).not.toBe(`errors:${code}`);
      expect(text, code).not.toBe('server text');
    }
  });

  it('says what an unknown topic means, in German', () => {
    expect(errorText({ code: 'unknown_topic', message: 'Unknown topic' }, t)).toMatch(/Thema/);
  });

  it("falls back to the server's message for a code this version does not know", () => {
    expect(errorText({ code: 'brand_new_code', message: 'Something new' }, t)).toBe('Something new');
  });

  it('falls back to the generic message when the server sent none', () => {
    expect(errorText({ code: 'brand_new_code', message: '' }, t)).toBe(germanErrors.internal);
  });
});

describe('problemKey', () => {
  it('maps transient problems to messages', () => {
    expect(problemKey('offline')).toBe('errors:offline');
    expect(problemKey('timeout')).toBe('errors:network');
    expect(problemKey('http_429')).toBe('errors:rate_limited');
    expect(problemKey('http_503')).toBe('submissions:problem.server');
    expect(problemKey('overloaded')).toBe('submissions:problem.busy');
    expect(problemKey('bad_answer')).toBe('submissions:problem.server');
  });
});

describe('excerpt', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(excerpt('  kurz \n text ')).toBe('kurz text');
    const long = 'Wort '.repeat(60);
    const cut = excerpt(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('Wort…')).toBe(true);
  });
});

describe('STATE_KEYS', () => {
  it('has a label for each state', () => {
    expect(Object.keys(STATE_KEYS).sort()).toEqual(['delivered', 'needs_attention', 'saved', 'sending']);
  });
});

describe('headingText', () => {
  const support = { kind: 'support', id: 'x', createdAt: '', locale: 'de', proposalId: 'p', supporterId: 's' } as const;
  const interest = { kind: 'interest', id: 'y', createdAt: '', locale: 'de', opportunityId: 'o', name: 'A', contact: { phone: '0361 1' } } as const;

  it('names the proposal a support is for and the offer an interest is in', () => {
    expect(headingText(support, 'Mehr Bänke')).toEqual({ key: 'submissions:kind.supportOf', options: { subject: 'Mehr Bänke' } });
    expect(headingText(interest, 'Lesepate')).toEqual({ key: 'submissions:kind.interestIn', options: { subject: 'Lesepate' } });
    expect(headingText(support, 'x'.repeat(200)).options?.subject.length).toBeLessThanOrEqual(81);
  });

  it('says only the kind when the device does not know what it is about', () => {
    expect(headingText(support, undefined)).toEqual({ key: 'submissions:kind.support' });
    expect(headingText(interest, '')).toEqual({ key: 'submissions:kind.interest' });
  });
});

describe('serverBadges', () => {
  it('shows what became of a delivered item, with "Beantwortet" once there is a public answer', () => {
    expect(serverBadges(undefined)).toEqual([]);
    expect(serverBadges({ status: 'in_progress' }).map((b) => b.key)).toEqual(['submissions:statusBadge.in_progress']);
    expect(serverBadges({ status: 'in_review', publicResponse: 'Wir prüfen das.' }).map((b) => b.key)).toEqual([
      'submissions:statusBadge.in_review',
      'submissions:statusBadge.answered',
    ]);
  });

  it('has a badge for every status the server knows', () => {
    for (const status of SUBMISSION_STATUSES) expect(serverBadges({ status })[0]?.key).toBe(`submissions:statusBadge.${status}`);
  });
});
