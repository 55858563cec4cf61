// Every screen of the manager area under one IonRouterOutlet route (`/verwaltung/*`): the area is one
// lazily loaded page that picks its screen from the path, so residents never download any of it.

export const MANAGE_ROOT = '/verwaltung';

export const managePaths = {
  inbox: MANAGE_ROOT,
  item: (id: string) => `${MANAGE_ROOT}/eingang/${encodeURIComponent(id)}`,
  interests: `${MANAGE_ROOT}/engagement`,
  interestsOf: (opportunityId: string) => `${MANAGE_ROOT}/engagement/${encodeURIComponent(opportunityId)}`,
  content: `${MANAGE_ROOT}/inhalte`,
  centre: (id: string) => `${MANAGE_ROOT}/inhalte/orte/${encodeURIComponent(id)}`,
  opportunity: (id: string) => `${MANAGE_ROOT}/inhalte/engagement/${encodeURIComponent(id)}`,
  figures: `${MANAGE_ROOT}/zahlen`,
  users: `${MANAGE_ROOT}/nutzer`,
} as const;

/** `neu` in a content path means "create". */
export const NEW_ID = 'neu';

export type ManageRoute =
  | { name: 'inbox' }
  | { name: 'item'; id: string }
  | { name: 'interests' }
  | { name: 'interestsOf'; id: string }
  | { name: 'content' }
  | { name: 'centre'; id: string }
  | { name: 'opportunity'; id: string }
  | { name: 'figures' }
  | { name: 'users' }
  | { name: 'notFound' };

export function matchManageRoute(pathname: string): ManageRoute {
  const rest = pathname.replace(/\/+$/, '').slice(MANAGE_ROOT.length);
  if (!pathname.startsWith(MANAGE_ROOT)) return { name: 'notFound' };
  const parts = rest.split('/').filter(Boolean).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: 'inbox' };
  if (first === 'eingang' && second && parts.length === 2) return { name: 'item', id: second };
  if (first === 'engagement' && parts.length === 1) return { name: 'interests' };
  if (first === 'engagement' && second && parts.length === 2) return { name: 'interestsOf', id: second };
  if (first === 'zahlen' && parts.length === 1) return { name: 'figures' };
  if (first === 'nutzer' && parts.length === 1) return { name: 'users' };
  if (first === 'inhalte' && parts.length === 1) return { name: 'content' };
  if (first === 'inhalte' && second === 'orte' && third && parts.length === 3) return { name: 'centre', id: third };
  if (first === 'inhalte' && second === 'engagement' && third && parts.length === 3) return { name: 'opportunity', id: third };
  return { name: 'notFound' };
}
