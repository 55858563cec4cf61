import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { open311DiscoveryRoutes } from './discovery';
import { installOpen311Errors } from './errors';
import { open311RequestsRoutes } from './requests';
import { declareOpen311Errors } from './responses';
import { open311ServicesRoutes } from './services';

// Open311 GeoReport v2 under /open311 (register with that prefix). Its own scope: form-encoded
// bodies only (the specification's POST), the specification's error shape for every failure in
// JSON or XML, and its own not-found answer. Nothing here changes the rest of the API.

export function open311Routes(ctx: AppContext) {
  return async (scope: FastifyInstance) => {
    // Form bodies here and nowhere else; JSON is not what the specification sends, so it is refused (415).
    await scope.register(formbody);
    scope.removeContentTypeParser('application/json');
    installOpen311Errors(scope);
    declareOpen311Errors(scope);
    await scope.register(open311DiscoveryRoutes(ctx));
    await scope.register(open311ServicesRoutes(ctx));
    await scope.register(open311RequestsRoutes(ctx));
  };
}
