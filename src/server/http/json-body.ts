import type { FastifyInstance } from 'fastify';

// Every body this API takes is JSON. Two changes to Fastify's defaults:
// - text/plain is not parsed into a string, so a non-JSON body is answered 415 `unsupported_media_type`;
// - an empty JSON body (a DELETE or GET sent with `content-type: application/json` by a fetch
//   wrapper) is "no body", not an error. Routes that need a body say so themselves.
// Non-empty bodies still go through Fastify's own parser with its prototype-poisoning guard.
export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
