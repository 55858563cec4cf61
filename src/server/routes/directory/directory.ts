import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { cacheJson, sendCachedJson } from '../../http/etag';
import { directoryDocument } from '../../services/directory-docs';
import { presentConfig } from '../../presenters/directory';
import { readTileConfig, type TileConfig } from '../../tile-config';

// Centres and opportunities come from the database (imported once from the seeds, then edited by
// managers; services/directory-docs.ts), the config from the environment. Each is answered with a
// strong ETag, `no-cache`, and 304 on If-None-Match.

export function directoryRoutes(ctx: AppContext, tiles: TileConfig = readTileConfig()) {
  const centres = directoryDocument(ctx.db, 'centres');
  const opportunities = directoryDocument(ctx.db, 'opportunities');
  const config = cacheJson(presentConfig(tiles, ctx.catalog.city.attribution));
  return async (app: FastifyInstance) => {
    app.get('/api/v1/centres', async (request, reply) => sendCachedJson(request, reply, await centres()));
    app.get('/api/v1/opportunities', async (request, reply) => sendCachedJson(request, reply, await opportunities()));
    app.get('/api/v1/config', async (request, reply) => sendCachedJson(request, reply, config));
  };
}
