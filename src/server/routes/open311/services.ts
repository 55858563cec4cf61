import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  open311FormatParamsSchema,
  open311ServiceDefinitionSchema,
  open311ServiceParamsSchema,
  open311ServicesQuerySchema,
  open311ServicesSchema,
} from '../../../shared/open311';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/http-error';
import { sendOpen311 } from '../../http/open311-format';
import { presentService, presentServiceDefinition } from '../../presenters/open311';
import { open311Locale } from './locale';
import { open311Answer, open311Error } from './responses';

// GET services.{format} and services/{service_code}.{format}: one service per topic of the data pack.

export function open311ServicesRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.get(
      '/v2/services.:format',
      {
        schema: {
          summary: 'Open311: the services (one per topic), grouped by the planning theme',
          params: open311FormatParamsSchema,
          querystring: open311ServicesQuerySchema,
          response: { 200: open311Answer('Every service; metadata is false, type realtime', open311ServicesSchema, 'services') },
        },
      },
      async (request, reply) => {
        const locale = open311Locale(request, request.query.locale);
        const services = ctx.catalog.topics.map((topic) => presentService(topic, locale));
        return sendOpen311(reply, request.params.format, 'services', open311ServicesSchema, services);
      },
    );

    routes.get(
      '/v2/services/:service_code.:format',
      {
        schema: {
          summary: 'Open311: one service’s definition (no custom attributes)',
          params: open311ServiceParamsSchema,
          querystring: open311ServicesQuerySchema,
          response: {
            200: open311Answer('The service code and an empty attribute list', open311ServiceDefinitionSchema, 'service_definition'),
            404: open311Error('Unknown service_code'),
          },
        },
      },
      async (request, reply) => {
        const { service_code: code, format } = request.params;
        const topic = ctx.catalog.topics.find((t) => t.id === code);
        if (!topic) throw new HttpError(404, 'not_found', `service_code ${code} was not found`);
        return sendOpen311(reply, format, 'service_definition', open311ServiceDefinitionSchema, presentServiceDefinition(topic));
      },
    );
  };
}
