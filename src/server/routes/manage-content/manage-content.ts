import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { slugParamsSchema } from '../../../shared/api';
import type { Centre, ManagedCentre, ManagedOpportunity, Opportunity } from '../../../shared/directory';
import { scopeOf, type Principal } from '../../auth/session';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/schema';
import { HttpError, notFound } from '../../http/http-error';
import { error, json } from '../../http/responses';
import { presentManagedEntry } from '../../presenters/directory';
import { writeAudit } from '../../repositories/audit';
import {
  bumpContentVersion,
  findDirectoryEntry,
  listDirectory,
  moveCentreOpportunities,
  tryInsertEntry,
  updateEntry,
} from '../../repositories/directory-content';
import { entryOfMyQuarter } from '../manage/access';
import { KINDS, mayUseQuarter, type KindSpec } from './content-kinds';

// Content management for centres and opportunities: list, get, create, replace, publish, unpublish.
// An admin edits everything; a manager the entries of their quarters — outside them an entry does
// not exist (404, from the manage guard), and moving one into a quarter they do not manage is
// refused (403).

export function manageContentRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    for (const spec of Object.values(KINDS)) registerKind(app, ctx, spec);
  };
}

function registerKind(app: FastifyInstance, ctx: AppContext, spec: KindSpec): void {
  const { kind, singular } = spec;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const base = `/${kind}`;
  const inMyQuarter = { access: entryOfMyQuarter(ctx, kind) };
  const one = (description: string) => json(description, spec.entry);

  /** The entry the path names; the guard has checked that it exists within the caller's quarters. */
  const entryInScope = async (principal: Principal, id: string) => {
    const row = await findDirectoryEntry(ctx.db, kind, scopeOf(principal), id);
    if (!row) throw notFound(`No such ${singular}`);
    return row;
  };
  const reread = async (trx: Executor, id: string) => {
    const row = await findDirectoryEntry(trx, kind, { all: true }, id);
    if (!row) throw notFound(`No such ${singular}`);
    return presentManagedEntry(row);
  };
  const audit = (trx: Executor, principal: Principal, verb: string, id: string, detail?: Record<string, unknown>) =>
    writeAudit(trx, { userId: principal.user.id, action: `${singular}_${verb}`, target: `${singular}:${id}`, ...(detail ? { detail } : {}) });

  routes.get(
    base,
    {
      config: { access: 'signed-in' },
      schema: { summary: `Every ${singular} of the caller’s quarters (an admin: all), published or not`, response: { 200: json('The entries (no-store)', spec.entries) } },
    },
    async (request, reply) => {
      const rows = await listDirectory(ctx.db, kind, scopeOf(request.principal));
      // Every row is of this route's kind, so the list is all centres or all opportunities.
      const list = { items: rows.map(presentManagedEntry) } as { items: ManagedCentre[] } | { items: ManagedOpportunity[] };
      return reply.header('cache-control', 'no-store').send(list);
    },
  );

  routes.get(
    `${base}/:id`,
    { config: inMyQuarter, schema: { summary: `One ${singular}, published or not`, params: slugParamsSchema, response: { 200: one(`The ${singular} (no-store)`) } } },
    async (request, reply) => {
      const row = await entryInScope(request.principal, request.params.id);
      return reply.header('cache-control', 'no-store').send(presentManagedEntry(row));
    },
  );

  // Creating is open to every manager; the entry's quarter decides (403 outside the caller's).
  routes.post(
    base,
    {
      config: { access: 'signed-in' },
      schema: {
        summary: `Create a ${singular}; it starts unpublished`,
        body: spec.body,
        response: {
          201: one('Created'),
          400: error('Invalid body, or an unknown quarter or centre'),
          403: error('Its quarter is not one of the caller’s'),
          409: error('An entry with this id exists (conflict)'),
        },
      },
    },
    async (request, reply) => {
      const { principal, body: entry } = request;
      const saved = await ctx.db.transaction().execute(async (trx) => {
        const quarterId = await spec.quarterOf(trx, ctx, entry);
        mayUseQuarter(principal, quarterId);
        // New entries start unpublished: publishing is a separate, deliberate step.
        const inserted = await tryInsertEntry(trx, kind, { id: entry.id, quarterId, payload: JSON.stringify(entry), published: false });
        if (!inserted) throw new HttpError(409, 'conflict', `An entry with the id "${entry.id}" exists`, 'id');
        await bumpContentVersion(trx, kind);
        await audit(trx, principal, 'created', entry.id, { quarterId });
        return reread(trx, entry.id);
      });
      return reply.code(201).send(saved);
    },
  );

  routes.put(
    `${base}/:id`,
    {
      config: inMyQuarter,
      schema: {
        summary: `Replace a ${singular}; the id in the path wins over one in the body`,
        params: slugParamsSchema,
        body: spec.replaceBody,
        response: {
          200: one(`The ${singular} as saved`),
          400: error('Invalid body, or an unknown quarter or centre'),
          403: error('It would move to a quarter that is not one of the caller’s'),
        },
      },
    },
    async (request, reply) => {
      const { principal } = request;
      const row = await entryInScope(principal, request.params.id);
      const entry: Centre | Opportunity = { ...request.body, id: row.id };
      const saved = await ctx.db.transaction().execute(async (trx) => {
        const quarterId = await spec.quarterOf(trx, ctx, entry);
        mayUseQuarter(principal, quarterId);
        await updateEntry(trx, kind, row.id, { quarterId, payload: JSON.stringify(entry) });
        if (kind === 'centres' && quarterId !== null && quarterId !== row.quarterId) {
          await moveCentreOpportunities(trx, row.id, quarterId);
          await bumpContentVersion(trx, 'opportunities');
        }
        await bumpContentVersion(trx, kind);
        await audit(trx, principal, 'updated', row.id, { quarterId });
        return reread(trx, row.id);
      });
      return reply.send(saved);
    },
  );

  for (const [action, published] of [['publish', true], ['unpublish', false]] as const) {
    routes.post(
      `${base}/:id/${action}`,
      {
        config: inMyQuarter,
        schema: {
          summary: published ? `Publish a ${singular} in the public directory (idempotent)` : `Take a ${singular} out of the public directory (idempotent)`,
          params: slugParamsSchema,
          response: { 200: one(`The ${singular}`) },
        },
      },
      async (request, reply) => {
        const { principal } = request;
        const row = await entryInScope(principal, request.params.id);
        const saved = await ctx.db.transaction().execute(async (trx) => {
          if (row.published !== published) {
            await updateEntry(trx, kind, row.id, { published });
            await bumpContentVersion(trx, kind);
            await audit(trx, principal, published ? 'published' : 'unpublished', row.id);
          }
          return reread(trx, row.id);
        });
        return reply.send(saved);
      },
    );
  }
}
