import type { Opportunity } from '../../shared/directory';
import type { Interest, InterestOverview, InterestOverviewRow, InterestTally } from '../../shared/manage';
import type { SubmissionRow } from '../db/schema';
import type { DirectoryRow } from '../repositories/directory-content';
import { emptyTally } from '../repositories/interest-overview';
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

/** Most open interest first, then the most new, then the most in total; ties by id, so the order is stable. */
export function byAttention(a: InterestOverviewRow, b: InterestOverviewRow): number {
  return b.open - a.open || b.unread - a.unread || b.total - a.total || (a.opportunityId < b.opportunityId ? -1 : a.opportunityId > b.opportunityId ? 1 : 0);
}

/**
 * Every opportunity listed with its tally (none yet: zeros), sorted by attention, and the sums. The
 * payload is the entry as its schema validated it when it was saved; the answer schema checks again.
 */
export function presentInterestOverview(opportunities: readonly DirectoryRow[], tallies: ReadonlyMap<string, InterestTally>): InterestOverview {
  const rows = opportunities.map((row): InterestOverviewRow => {
    const entry = JSON.parse(row.payload) as Pick<Opportunity, 'title' | 'sample'>;
    return {
      opportunityId: row.id,
      title: entry.title,
      quarterId: row.quarterId,
      published: row.published,
      sample: entry.sample,
      ...(tallies.get(row.id) ?? emptyTally()),
    };
  });
  const totals = rows.reduce((sum, row) => ({ total: sum.total + row.total, unread: sum.unread + row.unread, open: sum.open + row.open }), emptyTally());
  return { opportunities: rows.sort(byAttention), totals };
}
