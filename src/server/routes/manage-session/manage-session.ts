import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginSchema, sessionSchema } from '../../../shared/manage';
import { checkCredentials } from '../../auth/login';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie, startSession } from '../../auth/session';
import type { AppContext } from '../../context';
import { empty, error, json } from '../../http/responses';
import { presentSession } from '../../presenters/user';
import { writeAudit } from '../../repositories/audit';
import { deleteExpiredSessions, deleteSession } from '../../repositories/sessions';
import { userQuarterIds } from '../../repositories/users';

export function manageSessionRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.post(
      '/session',
      {
        // The one public manage route. A loose per-client limit on top of the per-account lock-out,
        // against guessing across accounts.
        config: { access: 'public', rateLimit: { max: ctx.config.loginRateLimitMax, timeWindow: 60_000 } },
        schema: {
          summary: 'Log in: sets the httpOnly session cookie (12 hours) and answers the CSRF token',
          body: loginSchema,
          response: {
            200: json(`Logged in (no-store); sets ${SESSION_COOKIE}=…; HttpOnly; SameSite=Strict; Path=/ (Secure over https)`, sessionSchema),
            401: error('E-mail or password is wrong (the same answer for unknown and disabled accounts)'),
            429: error('The account is locked after 5 failures (locked_out), or too many attempts from this client (rate_limited); see Retry-After'),
          },
        },
      },
      async (request, reply) => {
        const user = await checkCredentials(ctx.db, request.body.email, request.body.password);
        const now = new Date();
        await deleteExpiredSessions(ctx.db, now);
        const session = await startSession(ctx.db, user.id, now);
        setSessionCookie(request, reply, session.token, session.expiresAt);
        const answer = presentSession({
          user: { id: user.id, email: user.email, role: user.role },
          quarterIds: await userQuarterIds(ctx.db, user.id),
          csrfToken: session.csrfToken,
        });
        return reply.header('cache-control', 'no-store').send(answer);
      },
    );

    // Lets the UI restore a session after a reload without keeping anything secret in storage.
    routes.get(
      '/session',
      {
        config: { access: 'signed-in' },
        schema: { summary: 'The current session, so the UI can restore it after a reload', response: { 200: json('User and CSRF token (no-store)', sessionSchema) } },
      },
      async (request, reply) => reply.header('cache-control', 'no-store').send(presentSession(request.principal)),
    );

    routes.delete(
      '/session',
      {
        config: { access: 'signed-in' },
        schema: { summary: 'Log out: ends this session and clears the cookie', response: { 204: empty('Logged out') } },
      },
      async (request, reply) => {
        const { principal } = request;
        await deleteSession(ctx.db, principal.sessionId);
        await writeAudit(ctx.db, { userId: principal.user.id, action: 'logout', target: `user:${principal.user.id}` });
        clearSessionCookie(request, reply);
        return reply.code(204).send(undefined);
      },
    );
  };
}
