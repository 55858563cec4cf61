import type { Db } from '../db/schema';
import { writeAudit } from '../repositories/audit';
import { clearContact, findSubmission, insertHistory } from '../repositories/submissions';

// "Delete my contact data" (DESIGN §2): the resident's device knows the item's UUID, which is the
// capability. The item stays; only name, e-mail and phone go. The history and the audit log record
// that it happened — never what was deleted. Asking again is answered the same and records nothing.

export const CONTACT_DELETED_NOTE = 'Contact data deleted at the resident’s request';

export async function deleteContact(db: Db, id: string, now: Date = new Date()): Promise<'deleted' | 'none' | 'not_found'> {
  return db.transaction().execute(async (trx) => {
    if (!(await findSubmission(trx, id))) return 'not_found';
    const at = now.toISOString();
    if (!(await clearContact(trx, id, at))) return 'none';
    await insertHistory(trx, { submissionId: id, at, note: CONTACT_DELETED_NOTE });
    await writeAudit(trx, { userId: null, action: 'contact_deleted', target: `submission:${id}`, detail: { by: 'submitter' } }, now);
    return 'deleted';
  });
}
