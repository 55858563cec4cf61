import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  OPEN311_MEDIA_TYPES,
  OPEN311_SPECIFICATION,
  open311DiscoverySchema,
  open311FormatParamsSchema,
  type Open311Discovery,
} from '../../../shared/open311';
import { dataPackChangedAt } from '../../catalog/data-pack-time';
import type { AppContext } from '../../context';
import { sendOpen311 } from '../../http/open311-format';
import { open311Answer } from './responses';

// GET /open311/discovery.{format} (wiki.open311.org/Service_Discovery): where the GeoReport v2
// endpoint is, in which formats, and how to get a key. The endpoint's URL is made from the address
// the client used (behind a proxy: TRUST_PROXY), so the document is right for every host name.

export function open311DiscoveryRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const changeset = await dataPackChangedAt(ctx.config.seedsDir, ctx.config.seed);
    app.withTypeProvider<ZodTypeProvider>().get(
      '/discovery.:format',
      {
        schema: {
          summary: 'Open311 service discovery: the GeoReport v2 endpoint, its formats, how to get an API key',
          params: open311FormatParamsSchema,
          response: { 200: open311Answer('The discovery document', open311DiscoverySchema, 'discovery') },
        },
      },
      async (request, reply) => {
        const origin = `${request.protocol}://${request.host}`;
        const city = ctx.catalog.city.name;
        const discovery: Open311Discovery = {
          changeset,
          contact:
            ctx.config.open311Contact ??
            `Quartiersstimme ${city}: ask the operators of ${origin}. The API is described at ${origin}/api/v1/openapi.json (tag Open311).`,
          key_service: `API keys are made by the operators of this installation (npm run admin -- api-key create --name NAME); ask them for one. Reading needs no key.`,
          endpoints: [
            {
              specification: OPEN311_SPECIFICATION,
              url: `${origin}/open311/v2`,
              changeset,
              type: 'production',
              formats: [OPEN311_MEDIA_TYPES.xml, OPEN311_MEDIA_TYPES.json],
            },
          ],
        };
        return sendOpen311(reply, request.params.format, 'discovery', open311DiscoverySchema, discovery);
      },
    );
  };
}
