import type { FastifyInstance } from 'fastify';
import { centresFileSchema, clientConfigSchema, opportunitiesFileSchema } from '../../../shared/directory';
import type { AppContext } from '../../context';
import { cachedGet, fixedDocument } from '../../http/cached-route';
import { presentConfig } from '../../presenters/directory';
import { directoryDocument } from '../../services/directory-docs';
import { readTileConfig, type TileConfig } from '../../tile-config';

// Centres and opportunities come from the database (imported once from the seeds, then edited by
// managers; services/directory-docs.ts), the config from the environment. Each is answered with a
// strong ETag, `no-cache`, and 304 on If-None-Match.

export function directoryRoutes(ctx: AppContext, tiles: TileConfig = readTileConfig()) {
  const centres = directoryDocument(ctx.db, 'centres');
  const opportunities = directoryDocument(ctx.db, 'opportunities');
  const config = fixedDocument(clientConfigSchema, presentConfig(tiles, ctx.catalog.city.attribution));
  return async (app: FastifyInstance) => {
    cachedGet(app, '/api/v1/centres', { summary: 'Published neighbourhood centres', schema: centresFileSchema, load: centres });
    cachedGet(app, '/api/v1/opportunities', { summary: 'Published volunteer opportunities', schema: opportunitiesFileSchema, load: opportunities });
    cachedGet(app, '/api/v1/config', { summary: 'Map tiles and the data credits the client must show', schema: clientConfigSchema, load: config , whenBusy: 'answer' });
  };
}
