import type { ManagedCentre } from '../shared/directory';
import type { InboxItem, Interest, InterestOverviewRow, ManagerSubmission, Session, UserAccount } from '../shared/manage';

// Answers of the manager API as the server sends them, for the client's tests against a fake network.
// Typed with the shared answer types, so a fixture that drifts from the schema fails the type check.

const AT = '2026-05-01T10:00:00.000Z';

export function sessionAnswer(overrides: Partial<Session['user']> = {}, csrfToken = 'tok-1'): Session {
  return { user: { id: 'u1', email: 'qm@example.org', role: 'manager', quarterIds: ['altstadt'], ...overrides }, csrfToken };
}

export function inboxItem(id: string, overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    id,
    kind: 'feedback',
    quarterId: 'altstadt',
    quarterName: 'Altstadt',
    topicId: 'gruen',
    title: null,
    text: `Text ${id}`,
    mood: null,
    visibility: 'private',
    status: 'received',
    moderation: null,
    receipt: `ERF-${id}`,
    createdAt: AT,
    receivedAt: AT,
    theme: null,
    unread: false,
    hasPhoto: false,
    supportCount: null,
    location: null,
    opportunityId: null,
    contacted: null,
    ...overrides,
  };
}

export function managerSubmission(id: string, overrides: Partial<ManagerSubmission> = {}): ManagerSubmission {
  const { theme: _theme, unread: _unread, hasPhoto: _hasPhoto, ...item } = inboxItem(id);
  return { ...item, locale: 'de', mediaIds: [], proposalId: null, contact: null, publicResponse: null, history: [], ...overrides };
}

export function userAccount(id: string, overrides: Partial<UserAccount> = {}): UserAccount {
  return { id, email: `${id}@example.org`, role: 'manager', quarterIds: ['altstadt'], disabled: false, createdAt: AT, ...overrides };
}

export function interestAnswer(id: string, overrides: Partial<Interest> = {}): Interest {
  return {
    id,
    receipt: `ERF-${id}`,
    receivedAt: AT,
    status: 'received',
    name: `Name ${id}`,
    contact: { email: `${id}@example.org`, phone: null },
    message: null,
    contacted: false,
    contactedAt: null,
    unread: true,
    ...overrides,
  };
}

export function overviewRow(opportunityId: string, counts: Pick<InterestOverviewRow, 'total' | 'unread' | 'open'>, overrides: Partial<InterestOverviewRow> = {}): InterestOverviewRow {
  return { opportunityId, title: { de: `Angebot ${opportunityId}`, en: `Offer ${opportunityId}` }, quarterId: 'altstadt', published: true, sample: false, ...counts, ...overrides };
}

export function managedCentre(id: string, overrides: Partial<ManagedCentre> = {}): ManagedCentre {
  return {
    id,
    quarterId: 'erfurt-1-altstadt',
    published: true,
    createdAt: AT,
    updatedAt: AT,
    entry: {
      id,
      name: `Zentrum ${id}`,
      kind: 'neighbourhood_centre',
      quarterId: 'erfurt-1-altstadt',
      location: { lat: 50.978, lng: 11.029 },
      locationPrecision: 'address',
      contact: {},
      accessibility: { wheelchair: 'unknown' },
      offers: [],
      languages: [],
      description: { de: 'Ein Ort für alle.', en: 'A place for everyone.' },
      source: { lastChecked: '2026-04-01', urls: [] },
      sample: true,
    },
    ...overrides,
  };
}
