import type { FastifyInstance } from 'fastify';
import { zodToApiError } from '../../../shared/api-error';
import { checkCredentials } from '../../auth/login';
import { clearSessionCookie, setSessionCookie, startSession, type Principal } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/http-error';
import { presentSession } from '../../presenters/user';
import { writeAudit } from '../../repositories/audit';
import { deleteExpiredSessions, deleteSession } from '../../repositories/sessions';
import { userQuarterIds } from '../../repositories/users';
import { loginBodySchema } from './schema';

export function manageSessionRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.post(
      '/session',
      // The one public manage route. A loose per-client limit on top of the per-account lock-out,
      // against guessing across accounts.
      { config: { access: 'public', rateLimit: { max: ctx.config.loginRateLimitMax, timeWindow: 60_000 } } },
      async (request, reply) => {
        const body = loginBodySchema.safeParse(request.body ?? {});
        if (!body.success) {
          const error = zodToApiError(body.error);
          throw new HttpError(400, 'validation', error.message, error.path);
        }
        const user = await checkCredentials(ctx.db, body.data.email, body.data.password);
        const now = new Date();
        await deleteExpiredSessions(ctx.db, now);
        const session = await startSession(ctx.db, user.id, now);
        setSessionCookie(request, reply, session.token, session.expiresAt);
        const principal: Pick<Principal, 'user' | 'quarterIds' | 'csrfToken'> = {
          user: { id: user.id, email: user.email, role: user.role },
          quarterIds: await userQuarterIds(ctx.db, user.id),
          csrfToken: session.csrfToken,
        };
        return reply.header('cache-control', 'no-store').send(presentSession(principal));
      },
    );

    // Lets the UI restore a session after a reload without keeping anything secret in storage.
    app.get('/session', { config: { access: 'signed-in' } }, async (request, reply) => {
      const { principal } = request;
      return reply.header('cache-control', 'no-store').send(presentSession(principal));
    });

    app.delete('/session', { config: { access: 'signed-in' } }, async (request, reply) => {
      const { principal } = request;
      await deleteSession(ctx.db, principal.sessionId);
      await writeAudit(ctx.db, { userId: principal.user.id, action: 'logout', target: `user:${principal.user.id}` });
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    });
  };
}
