import type { Interest } from '../../shared/manage';
import type { SubmissionRow } from '../db/schema';
import { readContact, readPayload } from '../repositories/stored-item';

/** A volunteer's interest, with the contact data only the opportunity's managers see. */
export function presentInterest(row: SubmissionRow & { read_at: string | null }): Interest {
  const contact = readContact(row.contact);
  return {
    id: row.id,
    receipt: row.receipt,
    receivedAt: row.received_at,
    status: row.status,
    // Null after the contact was deleted (on request or by the retention job).
    name: contact?.name ?? null,
    contact: contact ? { email: contact.email ?? null, phone: contact.phone ?? null } : null,
    message: readPayload(row.payload).message ?? null,
    contacted: row.contacted_at !== null,
    contactedAt: row.contacted_at,
    unread: row.read_at === null,
  };
}
