import type { FastifyServerOptions } from 'fastify';

// Residents are anonymous and no IP address is stored (DESIGN §2) — logs included. The request
// serializer keeps method and path only: no remote address, port, host or headers. The query string
// is dropped too, because the inbox search (`q=`) may hold words from residents' texts.

interface LoggedRequest {
  method: string;
  url: string;
  id?: string;
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (request: LoggedRequest) => ({ method: request.method, path: request.url.split('?')[0] }),
    },
  };
}
