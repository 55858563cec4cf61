import { OPEN311_LIMITS, type Open311RequestsQuery } from '../../shared/open311';
import type { SubmissionStatus } from '../../shared/submission';
import type { Db } from '../db/schema';
import { HttpError } from '../http/http-error';
import { listPublishedRequests, type Open311Filter, type Open311Row } from '../repositories/open311';

// `GET /open311/v2/requests`: the specification's defaults and limits, made exact.
// - service_request_id (comma list, at most 1000) overrides every other argument;
// - otherwise requests whose requested_datetime (when the server received them) lies in
//   [start_date, end_date]: both default so that the range is the 90 days up to end_date (or now), or
//   the 90 days from start_date; a range that ends before it starts or spans more than 90 days is a 400;
// - newest first, at most 1000.

const DAY_MS = 86_400_000;
const SPAN_MS = OPEN311_LIMITS.spanDays * DAY_MS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: Record<'open' | 'closed', SubmissionStatus[]> = {
  open: ['received', 'in_review', 'in_progress'],
  closed: ['done', 'declined'],
};

const bad = (description: string) => new HttpError(400, 'validation', description);
const list = (text: string | undefined) => text?.split(',').map((part) => part.trim()).filter(Boolean);

export function open311Filter(query: Open311RequestsQuery, now: Date): Open311Filter {
  const ids = list(query.service_request_id);
  if (ids !== undefined && ids.length > 0) {
    if (ids.length > OPEN311_LIMITS.maxIds) throw bad(`service_request_id: at most ${OPEN311_LIMITS.maxIds} ids at once`);
    // Ids are UUIDs; anything else names nothing (and would be refused by PostgreSQL's comparison anyway).
    return { ids: ids.filter((id) => UUID.test(id)) };
  }
  const { from, to } = dateRange(query.start_date, query.end_date, now);
  const statuses = list(query.status)?.flatMap((status) => STATUSES[status === 'closed' ? 'closed' : 'open']);
  const topicIds = list(query.service_code);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    ...(topicIds && topicIds.length > 0 ? { topicIds } : {}),
    ...(statuses && statuses.length > 0 ? { statuses: [...new Set(statuses)] } : {}),
  };
}

export function dateRange(start: string | undefined, end: string | undefined, now: Date): { from: Date; to: Date } {
  const from = start === undefined ? undefined : new Date(start);
  const to = end === undefined ? undefined : new Date(end);
  if (from && to) {
    if (to < from) throw bad('end_date is before start_date');
    if (to.getTime() - from.getTime() > SPAN_MS) throw bad(`start_date to end_date spans more than ${OPEN311_LIMITS.spanDays} days`);
    return { from, to };
  }
  if (from) return { from, to: new Date(from.getTime() + SPAN_MS) };
  const until = to ?? now;
  return { from: new Date(until.getTime() - SPAN_MS), to: until };
}

export async function listOpen311Requests(db: Db, query: Open311RequestsQuery, now: Date = new Date()): Promise<Open311Row[]> {
  return listPublishedRequests(db, open311Filter(query, now), OPEN311_LIMITS.maxResults);
}
