import XMLBuilder from 'fast-xml-builder';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { OPEN311_FORMATS, OPEN311_MEDIA_TYPES, open311ErrorsSchema, type Open311Format } from '../../shared/open311';

// How Open311 answers leave the server. JSON goes through the route's declared zod schema (the type
// provider's serializer); XML is the same value, checked against the same schema first, written as
// the specification's elements: a list is a plural element holding singular ones (<services><service>,
// <service_requests><request>, <errors><error>), UTF-8 with an XML declaration, text/xml.

/** The element each list's items get, by the list's own name. */
const ITEM_ELEMENT: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

const builder = new XMLBuilder({ format: true, indentBy: '  ', processEntities: true });

// XML 1.0 cannot carry most control characters, which a resident's text might hold; they become
// U+FFFD in the XML answer only (the JSON answer keeps the text as stored).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

type XmlNode = string | { [element: string]: XmlNode | XmlNode[] };

function toNode(value: unknown, name: string): XmlNode {
  if (Array.isArray(value)) {
    const item = ITEM_ELEMENT[name];
    if (item === undefined) throw new Error(`No XML element is defined for the items of ${name}`);
    return value.length === 0 ? '' : { [item]: value.map((entry) => toNode(entry, item)) as XmlNode[] };
  }
  if (value !== null && typeof value === 'object') {
    const node: Record<string, XmlNode> = {};
    for (const [key, entry] of Object.entries(value)) if (entry !== undefined) node[key] = toNode(entry, key);
    return node;
  }
  return value === null ? '' : String(value).replace(NOT_XML, '\uFFFD');
}

export function toOpen311Xml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: toNode(value, root) }) as string}`;
}

/**
 * Sends an answer in the format the URL asked for. `root` names the XML document element
 * (services, service_definition, service_requests, discovery).
 */
export function sendOpen311<S extends z.ZodType>(reply: FastifyReply, format: Open311Format, root: string, schema: S, value: z.output<S>): FastifyReply {
  if (format === 'json') return reply.type(`${OPEN311_MEDIA_TYPES.json}; charset=utf-8`).send(value);
  // The JSON path is checked by the serializer; the XML path is checked here, against the same schema.
  const checked = schema.parse(value);
  return reply.type(`${OPEN311_MEDIA_TYPES.xml}; charset=utf-8`).send(toOpen311Xml(root, checked));
}

/** The format of an Open311 URL by its extension; XML (the specification's required format) otherwise. */
export function formatOfUrl(url: string): Open311Format {
  const path = url.split('?', 1)[0] ?? '';
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return OPEN311_FORMATS.find((f) => f === extension) ?? 'xml';
}

/** `[{code, description}]` / `<errors><error>…`: code is the HTTP status, as the specification suggests. */
export function sendOpen311Error(reply: FastifyReply, format: Open311Format, status: number, description: string): FastifyReply {
  return sendOpen311(reply.code(status), format, 'errors', open311ErrorsSchema, [{ code: status, description }]);
}

export function isOpen311Url(url: string): boolean {
  return url === '/open311' || url.startsWith('/open311/') || url.startsWith('/open311?');
}

const ROUTER_ERRORS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is not valid: a percent-encoding in it is broken',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the URL is too long to name anything',
};

/**
 * For Fastify's `frameworkErrors` (errors of the router, before any scope's error handler runs):
 * answers them in the Open311 shape when the URL is under /open311, and says whether it did.
 */
export function sendOpen311FrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): boolean {
  if (!isOpen311Url(request.url)) return false;
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  sendOpen311Error(reply, formatOfUrl(request.url), status, ROUTER_ERRORS[error.code] ?? 'The URL is not valid');
  return true;
}
