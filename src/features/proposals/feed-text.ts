import type { SubmissionStatus } from '../../shared/submission';

// Translation keys for the public feed (pure, so the tables are checked by the i18n test).

export const FEED_STATUS_KEYS: Record<SubmissionStatus, string> = {
  received: 'proposals:status.received',
  in_review: 'proposals:status.in_review',
  in_progress: 'proposals:status.in_progress',
  done: 'proposals:status.done',
  declined: 'proposals:status.declined',
};

export const FEED_KIND_KEYS = {
  proposal: 'proposals:kind.proposal',
  feedback: 'proposals:kind.feedback',
} as const;

/** "Stand" is shown when what is on screen is not fresh from the server. */
export function isFromCache(lastRefresh: string | undefined): boolean {
  return lastRefresh === 'offline' || lastRefresh === 'error';
}
