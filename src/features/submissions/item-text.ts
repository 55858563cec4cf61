import { ERROR_CODES, type ApiError } from '../../shared/api-error';
import type { MyItemState } from '../../offline/outbox';
import type { Submission } from '../../shared/submission';

// Which translation key describes what, for "Meine Beiträge". Pure, so the mapping is tested.

export const STATE_KEYS: Record<MyItemState, string> = {
  saved: 'submissions:state.saved',
  sending: 'submissions:state.sending',
  delivered: 'submissions:state.delivered',
  needs_attention: 'submissions:state.needsAttention',
};

export const KIND_KEYS: Record<Submission['kind'], string> = {
  feedback: 'submissions:kind.feedback',
  proposal: 'submissions:kind.proposal',
  support: 'submissions:kind.support',
  interest: 'submissions:kind.interest',
};

export const STATUS_KEYS: Record<string, string> = {
  received: 'submissions:status.received',
  in_review: 'submissions:status.in_review',
  in_progress: 'submissions:status.in_progress',
  done: 'submissions:status.done',
  declined: 'submissions:status.declined',
};

export const MODERATION_KEYS: Record<'pending' | 'published' | 'hidden', string> = {
  pending: 'submissions:moderation.pending',
  published: 'submissions:moderation.published',
  hidden: 'submissions:moderation.hidden',
};

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * How to tell the resident why the server refused an item: our translation for every code we know,
 * else the server's own message (a newer server may know codes this version does not).
 */
export function errorText(error: ApiError, t: (key: string) => string): string {
  if (KNOWN_CODES.has(error.code)) return t(`errors:${error.code}`);
  return error.message || t('errors:internal');
}

/** The sync engine's transient problems (`offline`, `timeout`, `http_503`, …) in the resident's words. */
export function problemKey(problem: string): string {
  if (problem === 'offline') return 'errors:offline';
  if (problem === 'timeout') return 'errors:network';
  if (problem === 'http_429') return 'errors:rate_limited';
  if (problem === 'overloaded') return 'submissions:problem.busy';
  if (problem === 'lost_by_server') return 'submissions:problem.lostByServer';
  return 'submissions:problem.server';
}

/** A short excerpt for the list; whole words where possible. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The human text of an item of any kind (support has none). */
export function itemText(item: Submission): string {
  switch (item.kind) {
    case 'feedback':
      return item.text;
    case 'proposal':
      return `${item.title}: ${item.text}`;
    case 'interest':
      return item.message ?? item.name;
    case 'support':
      return '';
  }
}

/**
 * The item's heading: a support names its proposal and an interest its offer when the device knows
 * them (see src/offline/subjects.ts); otherwise, and for the other kinds, the kind alone.
 */
export function headingText(item: Submission, subject: string | undefined): { key: string; options?: { subject: string } } {
  if (subject && item.kind === 'support') return { key: 'submissions:kind.supportOf', options: { subject: excerpt(subject, 80) } };
  if (subject && item.kind === 'interest') return { key: 'submissions:kind.interestIn', options: { subject: excerpt(subject, 80) } };
  return { key: KIND_KEYS[item.kind] };
}

/** In the opened details: what the support or interest is about, in full. */
export const SUBJECT_DETAIL_KEYS: Partial<Record<Submission['kind'], string>> = {
  support: 'submissions:details.proposal',
  interest: 'submissions:details.opportunity',
};

/** The prominent badge of a delivered item is what became of it on the server, not the delivery. */
export const STATUS_BADGE: Record<string, { key: string; color: string }> = {
  received: { key: 'submissions:statusBadge.received', color: 'medium' },
  in_review: { key: 'submissions:statusBadge.in_review', color: 'primary' },
  in_progress: { key: 'submissions:statusBadge.in_progress', color: 'primary' },
  done: { key: 'submissions:statusBadge.done', color: 'success' },
  declined: { key: 'submissions:statusBadge.declined', color: 'medium' },
};

/** The badges of a delivered item: its status, "Beantwortet" when there is a public answer. */
export function serverBadges(server: { status: string; publicResponse?: string | undefined } | undefined): { key: string; color: string }[] {
  if (!server) return [];
  const status = STATUS_BADGE[server.status] ?? { key: 'submissions:statusBadge.received', color: 'medium' };
  return server.publicResponse ? [status, { key: 'submissions:statusBadge.answered', color: 'success' }] : [status];
}

export const NEWS_KEYS = { answer: 'submissions:news.answer', status: 'submissions:news.item' } as const;
