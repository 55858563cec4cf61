import type { FastifyInstance } from 'fastify';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { filteredSubmissions } from '../../repositories/inbox';
import { readContact, readPayload } from '../../repositories/stored-item';
import { entryOfMyQuarter } from '../manage/access';

// Volunteer interest per opportunity, with contact data: only for managers of the opportunity's
// quarter (and admins). Anyone else gets the same 404 as for an opportunity that does not exist.

/** An opportunity with more interest than this is a good problem; the UI pages the inbox instead. */
const MAX_INTERESTS = 1000;

export function manageInterestsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/opportunities/:id/interests', { config: { access: entryOfMyQuarter(ctx, 'opportunities') } }, async (request, reply) => {
      const { principal } = request;
      const { id } = request.params as { id: string };
      const rows = await filteredSubmissions(ctx.db, scopeOf(principal), { kind: 'interest', opportunityId: id }, principal.user.id)
        .orderBy('submissions.received_at', 'desc')
        .orderBy('submissions.id', 'desc')
        .limit(MAX_INTERESTS)
        .execute();
      const interests = rows.map((row) => {
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
      });
      return reply.header('cache-control', 'no-store').send({ opportunityId: id, interests });
    });
  };
}
