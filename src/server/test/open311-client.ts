import { XMLParser } from 'fast-xml-parser';

// An Open311 GeoReport v2 client written from the specification (wiki.open311.org/GeoReport_v2 and
// /Service_Discovery), not from this server: it knows the documented URLs, parameters and fields,
// speaks real HTTP, sends POST form-encoded, and reads JSON or XML. XML is read into the same shape
// as JSON (the spec's Spark convention: a plural element holds a list of singular ones), with the
// documented types (booleans, numbers), so tests can compare both formats field by field.

export type Format = 'json' | 'xml';

export interface Discovery {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: Array<{ specification: string; url: string; changeset: string; type: string; formats: string[] }>;
}
export interface Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: string;
  keywords: string;
  group: string;
}
export interface ServiceDefinition {
  service_code: string;
  attributes: Array<Record<string, unknown>>;
}
export interface ServiceRequest {
  service_request_id: string;
  status: string;
  status_notes?: string;
  service_name: string;
  service_code: string;
  description?: string;
  agency_responsible?: string;
  service_notice?: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime?: string;
  address?: string;
  address_id?: string;
  zipcode?: string;
  lat?: number;
  long?: number;
  media_url?: string;
}
export interface Created {
  service_request_id?: string;
  token?: string;
  service_notice?: string;
  account_id?: string;
}
export interface SpecError {
  code: number;
  description: string;
}

/** An answer as the client saw it: the status, the raw text (for privacy checks), and the data or the errors. */
export interface Answer<T> {
  status: number;
  contentType: string;
  raw: string;
  data?: T;
  errors?: SpecError[];
}

const GEOREPORT_V2 = 'http://wiki.open311.org/GeoReport_v2';
const MIME: Record<Format, string> = { json: 'application/json', xml: 'text/xml' };
/** Elements that hold a list, and the name of their items. */
const LISTS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};
const BOOLEANS = new Set(['metadata', 'variable', 'required']);
const NUMBERS = new Set(['lat', 'long', 'order', 'code']);
const IDS = new Set(['service_request_id', 'service_code', 'token', 'account_id', 'address_id', 'zipcode', 'key']);

const xmlParser = new XMLParser({
  parseTagValue: false,
  ignoreDeclaration: true,
  isArray: (name) => Object.values(LISTS).includes(name),
});

export class Open311Client {
  /** Every raw answer, for checks that look at all of them at once. */
  readonly seen: string[] = [];
  private endpoint: string | undefined;

  constructor(
    private readonly discoveryBase: string,
    readonly format: Format,
  ) {}

  /** GET {base}/discovery.{format}; remembers the production GeoReport v2 endpoint that offers this format. */
  async discover(): Promise<Answer<Discovery>> {
    const answer = await this.get<Discovery>(`${this.discoveryBase}/discovery.${this.format}`, {}, 'discovery');
    const endpoint = answer.data?.endpoints.find((e) => e.specification === GEOREPORT_V2 && e.type === 'production' && e.formats.includes(MIME[this.format]));
    this.endpoint = endpoint?.url;
    return answer;
  }

  services(query: Record<string, string> = {}): Promise<Answer<Service[]>> {
    return this.get(`${this.base()}/services.${this.format}`, query, 'services');
  }

  serviceDefinition(code: string): Promise<Answer<ServiceDefinition>> {
    return this.get(`${this.base()}/services/${encodeURIComponent(code)}.${this.format}`, {}, 'service_definition');
  }

  /** POST requests.{format}, form-encoded, exactly the fields given (api_key among them, or not). */
  async createRequest(fields: Record<string, string>): Promise<Answer<Created[]>> {
    const response = await fetch(`${this.base()}/requests.${this.format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: new URLSearchParams(fields).toString(),
    });
    return this.read(response, 'service_requests');
  }

  request(id: string): Promise<Answer<ServiceRequest[]>> {
    return this.get(`${this.base()}/requests/${encodeURIComponent(id)}.${this.format}`, {}, 'service_requests');
  }

  requests(query: Record<string, string> = {}): Promise<Answer<ServiceRequest[]>> {
    return this.get(`${this.base()}/requests.${this.format}`, query, 'service_requests');
  }

  /** Any URL under the endpoint, for the error cases (a bad path, a bad format). */
  raw(path: string, init: RequestInit = {}): Promise<Answer<unknown>> {
    return fetch(`${this.base()}${path}`, init).then((response) => this.read(response, 'errors'));
  }

  private base(): string {
    if (this.endpoint === undefined) throw new Error('discover() first: the endpoint comes from the discovery document');
    return this.endpoint;
  }

  private async get<T>(url: string, query: Record<string, string>, root: string): Promise<Answer<T>> {
    const search = new URLSearchParams(query).toString();
    return this.read<T>(await fetch(search ? `${url}?${search}` : url), root);
  }

  private async read<T>(response: Response, root: string): Promise<Answer<T>> {
    const raw = await response.text();
    this.seen.push(raw);
    const contentType = response.headers.get('content-type') ?? '';
    // By the answer's own media type, as the specification sets it (text/xml or application/json).
    const parsed = contentType.startsWith(MIME.json) ? (JSON.parse(raw) as unknown) : contentType.startsWith(MIME.xml) ? fromXml(raw, response.ok ? root : 'errors') : undefined;
    if (parsed === undefined) throw new Error(`Neither JSON nor XML (${contentType}): ${raw.slice(0, 200)}`);
    const value = normalise(parsed);
    if (!response.ok) return { status: response.status, contentType, raw, errors: value as SpecError[] };
    return { status: response.status, contentType, raw, data: value as T };
  }
}

/** XML → the JSON shape: the root's content, lists as arrays (an empty list element is an empty list). */
function fromXml(raw: string, root: string): unknown {
  if (!raw.startsWith('<?xml version="1.0" encoding="utf-8"?>')) throw new Error(`No XML declaration with encoding="utf-8": ${raw.slice(0, 80)}`);
  const document = xmlParser.parse(raw) as Record<string, unknown>;
  if (!(root in document)) throw new Error(`Expected the root element <${root}>, got ${Object.keys(document).join(', ')}`);
  return unwrap(document[root], root);
}

function unwrap(value: unknown, name: string): unknown {
  const item = LISTS[name];
  if (item !== undefined) {
    if (value === '' || value === undefined) return [];
    const entries = (value as Record<string, unknown>)[item];
    return (Array.isArray(entries) ? entries : []).map((entry) => unwrap(entry, item));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, unwrap(entry, key)]));
  }
  return value;
}

/** The documented types, whichever format: booleans, numbers, and ids as text (the spec allows either). */
function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((entry) => normalise(entry, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([field, entry]) => [field, normalise(entry, field)]));
  }
  if (BOOLEANS.has(key) && typeof value === 'string') return value === 'true';
  if (NUMBERS.has(key) && typeof value === 'string' && value !== '') return Number(value);
  if (IDS.has(key) && typeof value === 'number') return String(value);
  return value;
}
