import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { centreSchema, opportunitySchema, type Centre, type Opportunity } from '../../../shared/directory';
import { parseOr400 } from '../../auth/roles';
import { requireSession, scopeOf, type Principal } from '../../auth/session';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/schema';
import { HttpError, notFound } from '../../http/http-error';
import { writeAudit } from '../../repositories/audit';
import {
  bumpContentVersion,
  findCentreQuarter,
  findDirectoryEntry,
  listDirectory,
  moveCentreOpportunities,
  tryInsertEntry,
  updateEntry,
  type DirectoryKind,
  type DirectoryRow,
} from '../../repositories/directory-content';

// Content management for centres and opportunities: list, get, create, replace, publish, unpublish.
// Bodies are the same zod schemas as the seed files (German and English required). An admin edits
// everything; a manager the entries of their quarters — outside them an entry does not exist (404),
// and moving one into a quarter they do not manage is refused (403). Session, CSRF and scope come
// before the body, so the route-table test sees 401/403/404 without knowing each body.

interface KindSpec {
  singular: 'centre' | 'opportunity';
  schema: z.ZodType<Centre> | z.ZodType<Opportunity>;
  /** The entry's quarter, checked against the data pack and the centres table. */
  quarterOf(trx: Executor, ctx: AppContext, entry: Centre | Opportunity): Promise<string | null>;
}

const KINDS: Record<DirectoryKind, KindSpec> = {
  centres: {
    singular: 'centre',
    schema: centreSchema,
    quarterOf: async (_trx, ctx, entry) => knownQuarter(ctx, (entry as Centre).quarterId),
  },
  opportunities: {
    singular: 'opportunity',
    schema: opportunitySchema,
    quarterOf: async (trx, ctx, entry) => {
      const o = entry as Opportunity;
      if (o.quarterId !== undefined) return knownQuarter(ctx, o.quarterId);
      if (o.centreId === undefined) return null;
      const quarterId = await findCentreQuarter(trx, o.centreId);
      if (quarterId === undefined) throw new HttpError(400, 'validation', `Unknown centre "${o.centreId}"`, 'centreId');
      return quarterId;
    },
  },
};

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,100}$/) });

function knownQuarter(ctx: AppContext, quarterId: string): string {
  if (ctx.catalog.quarterName(quarterId) === undefined) throw new HttpError(400, 'unknown_quarter', `Unknown quarter "${quarterId}"`, 'quarterId');
  return quarterId;
}

function mayUseQuarter(principal: Principal, quarterId: string | null): void {
  if (principal.user.role === 'admin') return;
  if (quarterId === null || !principal.quarterIds.includes(quarterId)) {
    throw new HttpError(403, 'forbidden', 'You do not manage this quarter');
  }
}

function present(row: DirectoryRow) {
  return {
    id: row.id,
    quarterId: row.quarterId,
    published: row.published,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    entry: JSON.parse(row.payload) as unknown,
  };
}

export function manageContentRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    for (const kind of ['centres', 'opportunities'] as const) registerKind(app, ctx, kind);
  };
}

function registerKind(app: FastifyInstance, ctx: AppContext, kind: DirectoryKind): void {
  const spec = KINDS[kind];
  const base = `/api/v1/manage/${kind}`;

  /** Session, then the entry within the caller's scope: 401, 403 (CSRF) or 404 before anything else. */
  const entryInScope = async (request: FastifyRequest, csrf: boolean) => {
    const principal = await requireSession(ctx.db, request, { csrf });
    const params = paramsSchema.safeParse(request.params);
    const row = params.success ? await findDirectoryEntry(ctx.db, kind, scopeOf(principal), params.data.id) : undefined;
    if (!row) throw notFound(`No such ${spec.singular}`);
    return { principal, row };
  };

  const audit = (trx: Executor, principal: Principal, verb: string, id: string, detail?: Record<string, unknown>) =>
    writeAudit(trx, { userId: principal.user.id, action: `${spec.singular}_${verb}`, target: `${spec.singular}:${id}`, ...(detail ? { detail } : {}) });

  app.get(base, async (request, reply) => {
    const principal = await requireSession(ctx.db, request, { csrf: false });
    const rows = await listDirectory(ctx.db, kind, scopeOf(principal));
    return reply.header('cache-control', 'no-store').send({ items: rows.map(present) });
  });

  app.get(`${base}/:id`, async (request, reply) => {
    const { row } = await entryInScope(request, false);
    return reply.header('cache-control', 'no-store').send(present(row));
  });

  app.post(base, async (request, reply) => {
    const principal = await requireSession(ctx.db, request, { csrf: true });
    const entry = parseOr400(spec.schema, request.body ?? {});
    const row = await ctx.db.transaction().execute(async (trx) => {
      const quarterId = await spec.quarterOf(trx, ctx, entry);
      mayUseQuarter(principal, quarterId);
      // New entries start unpublished: publishing is a separate, deliberate step.
      const inserted = await tryInsertEntry(trx, kind, { id: entry.id, quarterId, payload: JSON.stringify(entry), published: false });
      if (!inserted) throw new HttpError(409, 'conflict', `An entry with the id "${entry.id}" exists`, 'id');
      await bumpContentVersion(trx, kind);
      await audit(trx, principal, 'created', entry.id, { quarterId });
      return findDirectoryEntry(trx, kind, { all: true }, entry.id);
    });
    if (!row) throw notFound();
    return reply.code(201).send(present(row));
  });

  app.put(`${base}/:id`, async (request, reply) => {
    const { principal, row } = await entryInScope(request, true);
    const entry = parseOr400(spec.schema, { ...(request.body ?? {}), id: row.id });
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
      return findDirectoryEntry(trx, kind, { all: true }, row.id);
    });
    if (!saved) throw notFound();
    return reply.send(present(saved));
  });

  for (const [action, published] of [['publish', true], ['unpublish', false]] as const) {
    app.post(`${base}/:id/${action}`, async (request, reply) => {
      const { principal, row } = await entryInScope(request, true);
      const saved = await ctx.db.transaction().execute(async (trx) => {
        if (row.published !== published) {
          await updateEntry(trx, kind, row.id, { published });
          await bumpContentVersion(trx, kind);
          await audit(trx, principal, published ? 'published' : 'unpublished', row.id);
        }
        return findDirectoryEntry(trx, kind, { all: true }, row.id);
      });
      if (!saved) throw notFound();
      return reply.send(present(saved));
    });
  }
}
