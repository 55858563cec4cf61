import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { newUserSchema, userPatchSchema } from '../../../shared/manage';
import { hashPassword } from '../../auth/password';
import { checkQuarterIds, parseOr400, requireAdmin } from '../../auth/roles';
import { clearSessionCookie, requireSession } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { presentUser } from '../../presenters/user';
import { writeAudit } from '../../repositories/audit';
import { conflictOnDuplicate } from '../../services/conflict';
import { deleteUserSessions } from '../../repositories/sessions';
import { findUserByEmail, findUserById, insertUser, listUsers, updateUser, userQuarterIds } from '../../repositories/users';

// Accounts (admin only) and "log out everywhere" (anyone signed in). Passwords are never echoed or
// logged; the audit log records who changed which account and which fields, not the values.

const userParamsSchema = z.object({ id: z.uuid() });

export function manageUsersRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/api/v1/manage/users', async (request, reply) => {
      requireAdmin(await requireSession(ctx.db, request, { csrf: false }));
      const users = await listUsers(ctx.db);
      return reply.header('cache-control', 'no-store').send({ users: users.map(presentUser) });
    });

    app.post('/api/v1/manage/users', async (request, reply) => {
      const principal = await requireSession(ctx.db, request, { csrf: true });
      requireAdmin(principal);
      const body = parseOr400(newUserSchema, request.body ?? {});
      checkQuarterIds(body.quarterIds, ctx.catalog);
      if (await findUserByEmail(ctx.db, body.email)) {
        throw new HttpError(409, 'conflict', 'An account with this e-mail address exists', 'email');
      }
      const passwordHash = await hashPassword(body.password);
      const user = await conflictOnDuplicate(() => ctx.db.transaction().execute(async (trx) => {
        const row = await insertUser(trx, { email: body.email, passwordHash, role: body.role, quarterIds: body.quarterIds });
        await writeAudit(trx, {
          userId: principal.user.id,
          action: 'user_created',
          target: `user:${row.id}`,
          detail: { role: body.role, quarterIds: body.quarterIds },
        });
        return row;
      }), 'An account with this e-mail address exists', 'email');
      return reply.code(201).send(presentUser({ ...user, quarterIds: await userQuarterIds(ctx.db, user.id) }));
    });

    app.patch('/api/v1/manage/users/:id', async (request, reply) => {
      const principal = await requireSession(ctx.db, request, { csrf: true });
      requireAdmin(principal);
      const params = userParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound('No such user');
      const patch = parseOr400(userPatchSchema, request.body ?? {});
      checkQuarterIds(patch.quarterIds, ctx.catalog);
      const target = await findUserById(ctx.db, params.data.id);
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
    });

    // Log out everywhere: every session of the caller, this one included.
    app.delete('/api/v1/manage/sessions', async (request, reply) => {
      const principal = await requireSession(ctx.db, request, { csrf: true });
      const ended = await deleteUserSessions(ctx.db, principal.user.id);
      await writeAudit(ctx.db, { userId: principal.user.id, action: 'logout_everywhere', target: `user:${principal.user.id}`, detail: { sessions: ended } });
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    });
  };
}
