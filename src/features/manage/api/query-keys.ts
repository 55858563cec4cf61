import type { ContentKind } from './content-entry';

// Every cache key of the manager area in one place, so each change names exactly what it makes stale.
// All data sits under ['manage', …] and is dropped when the session ends; the session has its own key.

export const sessionKey = ['manage-session'] as const;

type Params = Readonly<Record<string, string | undefined>>;

export const manageKeys = {
  all: ['manage'] as const,
  inboxes: ['manage', 'inbox'] as const,
  inbox: (params: Params) => ['manage', 'inbox', params] as const,
  submissions: ['manage', 'submission'] as const,
  submission: (id: string) => ['manage', 'submission', id] as const,
  interests: ['manage', 'interests'] as const,
  interestsOf: (opportunityId: string) => ['manage', 'interests', 'of', opportunityId] as const,
  interestOverview: (quarterId: string) => ['manage', 'interests', 'overview', quarterId] as const,
  figures: ['manage', 'figures'] as const,
  figuresFor: (filter: Params) => ['manage', 'figures', filter] as const,
  users: ['manage', 'users'] as const,
  contentList: (kind: ContentKind) => ['manage', 'content', kind] as const,
  contentEntry: (kind: ContentKind, id: string) => ['manage', 'content', kind, id] as const,
};
