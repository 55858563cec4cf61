import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidParamsSchema } from '../../../shared/api';
import { newUserSchema, userAccountSchema, userPatchSchema, usersSchema } from '../../../shared/manage';
import { hashPassword } from '../../auth/password';
import { checkQuarterIds } from '../../auth/roles';
import { clearSessionCookie } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { empty, error, json } from '../../http/responses';
import { presentUser } from '../../presenters/user';
import { writeAudit } from '../../repositories/audit';
import { conflictOnDuplicate } from '../../services/conflict';
import { deleteUserSessions } from '../../repositories/sessions';
import { findUserByEmail, findUserById, insertUser, listUsers, updateUser, userQuarterIds } from '../../repositories/users';

// Accounts (admin only) and "log out everywhere" (anyone signed in). Passwords are never echoed or
// logged; the audit log records who changed which account and which fields, not the values.

export function manageUsersRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.get(
      '/users',
      { config: { access: 'admin' }, schema: { summary: 'Every account (admin only)', response: { 200: json('The accounts (no-store)', usersSchema) } } },
      async (_request, reply) => {
        const users = await listUsers(ctx.db);
        return reply.header('cache-control', 'no-store').send({ users: users.map(presentUser) });
      },
    );

    routes.post(
      '/users',
      {
        config: { access: 'admin' },
        schema: {
          summary: 'Create an account (admin only)',
          body: newUserSchema,
          response: {
            201: json('Created', userAccountSchema),
            400: error('Invalid body, or an unknown quarter (unknown_quarter)'),
            409: error('An account with this e-mail address exists (conflict)'),
          },
        },
      },
      async (request, reply) => {
        const { principal, body } = request;
        checkQuarterIds(body.quarterIds, ctx.catalog);
        if (await findUserByEmail(ctx.db, body.email)) {
          throw new HttpError(409, 'conflict', 'An account with this e-mail address exists', 'email');
        }
        const passwordHash = await hashPassword(body.password);
        // The check above misses a creation racing this one; the unique key catches it (409, not 500).
        const user = await conflictOnDuplicate(
          () =>
            ctx.db.transaction().execute(async (trx) => {
              const row = await insertUser(trx, { email: body.email, passwordHash, role: body.role, quarterIds: body.quarterIds });
              await writeAudit(trx, {
                userId: principal.user.id,
                action: 'user_created',
                target: `user:${row.id}`,
                detail: { role: body.role, quarterIds: body.quarterIds },
              });
              return row;
            }),
          'An account with this e-mail address exists',
          'email',
        );
        return reply.code(201).send(presentUser({ ...user, quarterIds: await userQuarterIds(ctx.db, user.id) }));
      },
    );

    routes.patch(
      '/users/:id',
      {
        config: { access: 'admin' },
        schema: {
          summary: 'Change password, role, quarters or disable an account (admin only); a new password or disabling ends its sessions',
          params: uuidParamsSchema,
          body: userPatchSchema,
          response: {
            200: json('The account as changed', userAccountSchema),
            400: error('Invalid body, nothing to change, an unknown quarter, or disabling or demoting one’s own account'),
            404: error('No such user'),
          },
        },
      },
      async (request, reply) => {
        const { principal, body: patch } = request;
        checkQuarterIds(patch.quarterIds, ctx.catalog);
        const target = await findUserById(ctx.db, request.params.id);
        if (!target) throw notFound('No such user');
        // An admin cannot lock themselves out; another admin (or the CLI) can.
        if (target.id === principal.user.id && (patch.disabled === true || patch.role === 'manager')) {
          throw new HttpError(400, 'validation', 'You cannot disable or demote your own account', patch.disabled ? 'disabled' : 'role');
        }
        const passwordHash = patch.password !== undefined ? await hashPassword(patch.password) : undefined;
        await ctx.db.transaction().execute(async (trx) => {
          await updateUser(trx, target.id, {
            ...(passwordHash !== undefined ? { passwordHash } : {}),
            ...(patch.role !== undefined ? { role: patch.role } : {}),
            ...(patch.quarterIds !== undefined ? { quarterIds: patch.quarterIds } : {}),
            ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
          });
          // A new password or a disabled account ends every session: whoever held one is out now.
          if (passwordHash !== undefined || patch.disabled === true) await deleteUserSessions(trx, target.id);
          await writeAudit(trx, {
            userId: principal.user.id,
            action: 'user_updated',
            target: `user:${target.id}`,
            detail: {
              fields: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined),
              ...(patch.role !== undefined ? { role: patch.role } : {}),
              ...(patch.quarterIds !== undefined ? { quarterIds: patch.quarterIds } : {}),
              ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
            },
          });
        });
        const updated = await findUserById(ctx.db, target.id);
        if (!updated) throw notFound('No such user');
        return reply.send(presentUser({ ...updated, quarterIds: await userQuarterIds(ctx.db, target.id) }));
      },
    );

    // Log out everywhere: every session of the caller, this one included.
    routes.delete(
      '/sessions',
      {
        config: { access: 'signed-in' },
        schema: { summary: 'Log out everywhere: ends every session of the caller, this one included', response: { 204: empty('All sessions ended; cookie cleared') } },
      },
      async (request, reply) => {
        const { principal } = request;
        const ended = await deleteUserSessions(ctx.db, principal.user.id);
        await writeAudit(ctx.db, { userId: principal.user.id, action: 'logout_everywhere', target: `user:${principal.user.id}`, detail: { sessions: ended } });
        clearSessionCookie(request, reply);
        return reply.code(204).send(undefined);
      },
    );
  };
}
