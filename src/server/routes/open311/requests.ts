import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  open311CreatedSchema,
  open311FormatParamsSchema,
  open311NewRequestSchema,
  open311RequestParamsSchema,
  open311RequestsQuerySchema,
  open311ServiceRequestsSchema,
  open311ServicesQuerySchema,
} from '../../../shared/open311';
import { checkApiKey, type ApiKeyInfo } from '../../auth/api-key';
import type { AppContext } from '../../context';
import { LIMITS } from '../../../shared/limits';
import { notFound } from '../../http/http-error';
import { sendOpen311 } from '../../http/open311-format';
import { createdNotice, presentRequest, type RequestContext } from '../../presenters/open311';
import { findRequest } from '../../repositories/open311';
import { listOpen311Requests } from '../../services/open311-list';
import { createOpen311Request } from '../../services/open311-request';
import { open311Locale } from './locale';
import { open311Answer, open311Error } from './responses';

// POST requests.{format} (API key), GET requests.{format} and GET requests/{id}.{format}.

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key of an Open311 POST, once checked. */
    open311Key: ApiKeyInfo | null;
  }
}

const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export function open311RequestsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    app.decorateRequest('open311Key', null);
    const context = (request: FastifyRequest, locale: string | undefined): RequestContext => ({
      catalog: ctx.catalog,
      locale: open311Locale(request, locale),
      origin: origin(request),
    });

    routes.post(
      '/v2/requests.:format',
      {
        bodyLimit: 64 * 1024,
        // The key is checked before the body is validated (a request without one is a 403 whatever
        // else is wrong), and the rate limit counts per key after that.
        preValidation: async (request) => {
          const key = (request.body as { api_key?: unknown } | undefined)?.api_key;
          request.open311Key = await checkApiKey(ctx.db, typeof key === 'string' ? key : undefined);
        },
        config: {
          rateLimit: {
            max: ctx.config.open311RateLimitMax,
            timeWindow: 60_000,
            hook: 'preValidation',
            keyGenerator: (request) => `open311-key:${request.open311Key?.id ?? ''}`,
          },
        },
        schema: {
          summary: 'Open311: create a request (form-encoded, api_key required); it waits for a manager before it is public',
          consumes: ['application/x-www-form-urlencoded'],
          params: open311FormatParamsSchema,
          body: open311NewRequestSchema,
          response: {
            200: open311Answer('Stored: its service_request_id and a notice with the receipt', open311CreatedSchema, 'service_requests'),
            400: open311Error(`A required field is missing or not valid, the point lies outside every quarter, or a field the app does not take (media_url, address_id, attribute[…]) was sent; description at most ${LIMITS.textMax} characters`),
            403: open311Error('api_key missing, unknown or revoked'),
            404: open311Error('Unknown service_code'),
          },
        },
      },
      async (request, reply) => {
        const key = request.open311Key;
        if (!key) throw new Error('The API key check did not run');
        const locale = open311Locale(request, undefined);
        const created = await createOpen311Request({ db: ctx.db, catalog: ctx.catalog }, key, request.body, locale);
        const answer = [{ service_request_id: created.id, service_notice: createdNotice(created.receipt, locale) }];
        return sendOpen311(reply, request.params.format, 'service_requests', open311CreatedSchema, answer);
      },
    );

    routes.get(
      '/v2/requests.:format',
      {
        schema: {
          summary: 'Open311: published requests, newest first (90 days, at most 1000); locations coarsened, no contact data',
          params: open311FormatParamsSchema,
          querystring: open311RequestsQuerySchema,
          response: {
            200: open311Answer('The requests the public feed shows', open311ServiceRequestsSchema, 'service_requests'),
            400: open311Error('A bad status or date, end_date before start_date, or a range over 90 days'),
          },
        },
      },
      async (request, reply) => {
        const rows = await listOpen311Requests(ctx.db, request.query);
        const shown = context(request, request.query.locale);
        const requests = rows.map((row) => presentRequest(row, shown, 'public'));
        return sendOpen311(reply.header('cache-control', 'no-store'), request.params.format, 'service_requests', open311ServiceRequestsSchema, requests);
      },
    );

    // One id: a published item in full (as listed); any other feedback or proposal only with where it
    // stands, for whoever holds its id (a UUID nobody can guess, like the app's own status view).
    routes.get(
      '/v2/requests/:service_request_id.:format',
      {
        schema: {
          summary: 'Open311: one request; in full once published, otherwise only its status',
          params: open311RequestParamsSchema,
          querystring: open311ServicesQuerySchema,
          response: {
            200: open311Answer('A list of one request', open311ServiceRequestsSchema, 'service_requests'),
            404: open311Error('Unknown service_request_id'),
          },
        },
      },
      async (request, reply) => {
        const { service_request_id: id, format } = request.params;
        const row = await findRequest(ctx.db, id);
        if (!row) throw notFound(`service_request_id ${id} was not found`);
        const view = row.moderation === 'published' ? 'public' : 'status';
        const answer = [presentRequest(row, context(request, request.query.locale), view)];
        return sendOpen311(reply.header('cache-control', 'no-store'), format, 'service_requests', open311ServiceRequestsSchema, answer);
      },
    );
  };
}
