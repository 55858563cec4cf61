import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { cacheJson, sendCachedJson } from '../../http/etag';
import { presentCentre, presentConfig, presentOpportunity } from './present';
import { readTileConfig, type TileConfig } from './tile-config';

// The directory is read-only data from the seeds, checked at start (load-seeds.ts): each document is
// serialised and hashed once, then answered with a strong ETag, `no-cache`, and 304 on If-None-Match.

export function directoryRoutes(ctx: AppContext, tiles: TileConfig = readTileConfig()) {
  const centres = cacheJson(ctx.catalog.centres.map(presentCentre));
  const opportunities = cacheJson(ctx.catalog.opportunities.map(presentOpportunity));
  const config = cacheJson(presentConfig(tiles, ctx.catalog.city.attribution));
  return async (app: FastifyInstance) => {
    app.get('/api/v1/centres', async (request, reply) => sendCachedJson(request, reply, centres));
    app.get('/api/v1/opportunities', async (request, reply) => sendCachedJson(request, reply, opportunities));
    app.get('/api/v1/config', async (request, reply) => sendCachedJson(request, reply, config));
  };
}
