import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSession, scopeOf, type Principal } from '../../auth/session';
import type { AppContext } from '../../context';
import { notFound } from '../../http/http-error';
import { filteredSubmissions } from '../../repositories/inbox';
import { readContact, readPayload } from '../../repositories/stored-item';

// Volunteer interest per opportunity, with contact data: only for managers of the opportunity's
// quarter (and admins). Anyone else gets the same 404 as for an opportunity that does not exist.

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,100}$/) });
/** An opportunity with more interest than this is a good problem; the UI pages the inbox instead. */
const MAX_INTERESTS = 1000;

export function manageInterestsRoutes(ctx: AppContext, opportunityQuarter: (id: string) => Promise<string | null | undefined>) {
  const mayManage = async (principal: Principal, id: string): Promise<boolean> => {
    const quarterId = await opportunityQuarter(id);
    if (quarterId === undefined) return false;
    if (principal.user.role === 'admin') return true;
    return quarterId !== null && principal.quarterIds.includes(quarterId);
  };

  return async (app: FastifyInstance) => {
    app.get('/api/v1/manage/opportunities/:id/interests', async (request, reply) => {
      const principal = await requireSession(ctx.db, request, { csrf: false });
      const params = paramsSchema.safeParse(request.params);
      if (!params.success || !(await mayManage(principal, params.data.id))) throw notFound('No such opportunity');
      const rows = await filteredSubmissions(ctx.db, scopeOf(principal), { kind: 'interest', opportunityId: params.data.id }, principal.user.id)
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
      return reply.header('cache-control', 'no-store').send({ opportunityId: params.data.id, interests });
    });
  };
}
