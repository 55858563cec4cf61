import { ADMIN_EMAIL, ADMIN_PASSWORD } from './app-server';

/** The fields of an inbox item the journeys look at; the server sends more. */
export interface ManagedSubmission {
  id: string;
  kind?: string;
  text?: string;
  receipt?: string;
  [field: string]: unknown;
}

interface InboxPage {
  items: ManagedSubmission[];
  nextCursor: string | null;
}

function isInboxPage(value: unknown): value is InboxPage {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as { items?: unknown; nextCursor?: unknown };
  return (
    Array.isArray(page.items) &&
    page.items.every((item: unknown) => typeof item === 'object' && item !== null && 'id' in item) &&
    (page.nextCursor === null || page.nextCursor === undefined || typeof page.nextCursor === 'string')
  );
}

// A runaway cursor must not loop forever; 200 pages is far more than any journey creates.
const MAX_PAGES = 200;

/**
 * The manager API as an admin sees it, used to check what the server really stored (DESIGN §4, "Manager API").
 * Talks to the server directly, not through the fault proxy, so proxy faults never blur what is stored.
 */
export class ManageApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  static async login(baseUrl: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<ManageApi> {
    const response = await fetch(`${baseUrl}/api/v1/manage/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) {
      throw new Error(`Manager login as ${email} failed: ${response.status} ${await response.text()}`);
    }
    const body = (await response.json()) as { csrfToken?: unknown };
    if (typeof body.csrfToken !== 'string') throw new Error('Manager login answered without a csrfToken.');
    // Only the name=value part goes back in a Cookie header.
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] ?? '')
      .filter((pair) => pair !== '')
      .join('; ');
    if (cookie === '') throw new Error('Manager login set no cookie.');
    return new ManageApi(baseUrl, cookie, body.csrfToken);
  }

  /** Every inbox item, following `nextCursor` to the last page. */
  async listAll(filters: Readonly<Record<string, string>> = {}): Promise<ManagedSubmission[]> {
    const all: ManagedSubmission[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const params = new URLSearchParams(filters);
      if (cursor !== null) params.set('cursor', cursor);
      const query = params.toString();
      const response = await fetch(`${this.baseUrl}/api/v1/manage/submissions${query ? `?${query}` : ''}`, {
        headers: { cookie: this.cookie },
      });
      if (!response.ok) throw new Error(`Inbox listing failed: ${response.status} ${await response.text()}`);
      const body: unknown = await response.json();
      if (!isInboxPage(body)) throw new Error(`Inbox answer has an unexpected shape: ${JSON.stringify(body)}`);
      all.push(...body.items);
      cursor = body.nextCursor ?? null;
      if (cursor === null) return all;
    }
    throw new Error(`Inbox paging did not end after ${MAX_PAGES} pages.`);
  }

  /** How many stored items carry this id — the "exactly once" check. */
  async countById(id: string): Promise<number> {
    return (await this.listAll()).filter((item) => item.id === id).length;
  }

  /** One item with detail fields (receipt, history); undefined on 404. */
  async get(id: string): Promise<ManagedSubmission | undefined> {
    const response = await fetch(`${this.baseUrl}/api/v1/manage/submissions/${encodeURIComponent(id)}`, {
      headers: { cookie: this.cookie },
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`Reading submission ${id} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as ManagedSubmission;
  }

  /** `PATCH /api/v1/manage/submissions/{id}` with the CSRF token: status, public answer, moderation. */
  async patch(id: string, body: Readonly<Record<string, unknown>>): Promise<ManagedSubmission> {
    const response = await fetch(`${this.baseUrl}/api/v1/manage/submissions/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`PATCH submission ${id} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as ManagedSubmission;
  }

  /** Any manager API call (a write carries the CSRF token); the status and the parsed JSON body, if any. */
  async send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.baseUrl}/api/v1/manage${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  /** Creates a centre or opportunity (the seed files' shape) and publishes it, as a manager would in "Inhalte". */
  async publishEntry(kind: 'centres' | 'opportunities', entry: Readonly<Record<string, unknown>>): Promise<void> {
    const headers = { cookie: this.cookie, 'x-csrf-token': this.csrfToken, 'content-type': 'application/json' };
    const base = `${this.baseUrl}/api/v1/manage/${kind}`;
    const created = await fetch(base, { method: 'POST', headers, body: JSON.stringify(entry) });
    if (!created.ok) throw new Error(`Creating ${kind} entry failed: ${created.status} ${await created.text()}`);
    const id = String(entry.id);
    const published = await fetch(`${base}/${encodeURIComponent(id)}/publish`, { method: 'POST', headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken } });
    if (!published.ok) throw new Error(`Publishing ${kind}/${id} failed: ${published.status} ${await published.text()}`);
  }

  /**
   * A real (not sample) volunteer opportunity in Herrenberg, published: the seeded ones are samples, whose page
   * offers no interest form. Returns its title.
   */
  async publishRealOpportunity(id: string): Promise<string> {
    const title = `Lesepate ${id}`;
    await this.publishEntry('opportunities', {
      id,
      title: { de: title, en: `Reading buddy ${id}` },
      organisation: 'E2E-Leseclub',
      quarterId: 'erfurt-15-herrenberg',
      commitment: { type: 'regular', hoursPerWeek: 1 },
      languages: ['de'],
      contact: { email: 'lesen@example.org' },
      description: { de: 'Einmal pro Woche mit Kindern lesen.', en: 'Read with children once a week.' },
      source: { urls: ['https://example.org/lesepaten'], lastChecked: '2026-12-01' },
      sample: false,
    });
    return title;
  }

  /** A stored photo as the quarter's manager may see it (also before it is published). */
  async media(id: string): Promise<{ status: number; type: string | null; body: Buffer }> {
    const response = await fetch(`${this.baseUrl}/api/v1/media/${encodeURIComponent(id)}`, { headers: { cookie: this.cookie } });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  }
}
