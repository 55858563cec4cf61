import { CLOSED_STATUSES } from '../../../shared/manage';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../../shared/submission';

// The server's rule (services/update-submission.ts), mirrored so the form offers only what will work:
// open items may move to any status; a closed one (done, declined) only back to in_review or in_progress.

const REOPEN_TO: readonly SubmissionStatus[] = ['in_review', 'in_progress'];

export function allowedStatuses(from: SubmissionStatus): SubmissionStatus[] {
  if (!CLOSED_STATUSES.includes(from)) return [...SUBMISSION_STATUSES];
  return SUBMISSION_STATUSES.filter((s) => s === from || REOPEN_TO.includes(s));
}
