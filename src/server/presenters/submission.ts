import type { HistoryRow, SubmissionRow } from '../db/schema';
import type { HistoryWithActorRow } from '../repositories/submissions';
import type { ManagerSubmission } from '../../shared/manage';
import type { SubmitterView } from '../../shared/submission';
import { readContact, readPayload } from '../repositories/stored-item';

// Three views of one stored item, each listing what it shows. The submitter's view carries no contact
// data, no location and no internal notes; the manager views are only reached through a scoped query.

export function presentSubmitterView(row: SubmissionRow, history: HistoryRow[]): SubmitterView {
  return {
    id: row.id,
    kind: row.kind,
    receipt: row.receipt,
    status: row.status,
    moderation: row.moderation,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    // Rows that only hold an internal note (or a contact deletion) say nothing to the resident: they
    // are left out entirely, so not even their time shows. Actor and note never leave.
    history: history.filter(isForSubmitter).map((h) => ({
      at: h.at,
      ...(h.status !== null ? { status: h.status } : {}),
      ...(h.moderation !== null ? { moderation: h.moderation } : {}),
      ...(h.public_response !== null ? { publicResponse: h.public_response } : {}),
      ...(h.reason !== null ? { reason: h.reason } : {}),
    })),
    ...(row.public_response !== null ? { publicResponse: row.public_response } : {}),
  };
}

function isForSubmitter(h: HistoryRow): boolean {
  return h.status !== null || h.moderation !== null || h.public_response !== null || h.reason !== null;
}

export function presentInboxItem(row: SubmissionRow, quarterName: (id: string) => string | undefined) {
  const payload = readPayload(row.payload);
  return {
    id: row.id,
    kind: row.kind,
    quarterId: row.quarter_id,
    quarterName: row.quarter_id !== null ? (quarterName(row.quarter_id) ?? null) : null,
    topicId: row.topic_id,
    title: payload.title ?? null,
    text: payload.text ?? payload.message ?? null,
    mood: payload.mood ?? null,
    visibility: payload.visibility ?? null,
    status: row.status,
    moderation: row.moderation,
    receipt: row.receipt,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    locale: payload.locale ?? null,
  };
}

export function presentManagerDetail(
  row: SubmissionRow,
  history: HistoryWithActorRow[],
  quarterName: (id: string) => string | undefined,
): ManagerSubmission {
  const payload = readPayload(row.payload);
  return {
    ...presentInboxItem(row, quarterName),
    location: payload.location ?? null,
    mediaIds: payload.mediaIds ?? [],
    proposalId: payload.proposalId ?? null,
    opportunityId: payload.opportunityId ?? null,
    contact: readContact(row.contact),
    publicResponse: row.public_response,
    supportCount: row.kind === 'proposal' ? row.support_count : null,
    contacted: row.kind === 'interest' ? row.contacted_at !== null : null,
    history: history.map((h) => ({
      at: h.at,
      status: h.status,
      moderation: h.moderation,
      publicResponse: h.public_response,
      reason: h.reason,
      note: h.note,
      actorUserId: h.actor_user_id,
      actorEmail: h.actor_email,
    })),
  };
}
