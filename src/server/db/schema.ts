import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { ModerationState, SubmissionKind, SubmissionStatus } from '../../shared/submission';

// The tables as the repositories see them. Times are ISO 8601 strings (UTC, `toISOString()`) in both
// SQLite and PostgreSQL, so ordering and comparison need no dialect-specific code.
// No table has a column for an IP address, on purpose (DESIGN §2).

export interface SubmissionsTable {
  /** The item's UUID made on the device: the primary key is what makes delivery idempotent. */
  id: string;
  kind: SubmissionKind;
  /** Null only for interest (opportunities carry no quarter yet); a support takes its proposal's quarter. */
  quarter_id: string | null;
  topic_id: string | null;
  /** sha256 of the canonical JSON of the validated item: tells `duplicate` from `id_conflict`. */
  content_hash: string;
  /** The validated item without personal data, as JSON text. */
  payload: string;
  /** Name, e-mail, phone as JSON text, kept apart so they can be deleted on request. */
  contact: string | null;
  /** Lower-case title and text, for the inbox search. */
  search_text: string;
  receipt: string;
  status: ColumnType<SubmissionStatus, SubmissionStatus | undefined, SubmissionStatus>;
  moderation: ModerationState | null;
  public_response: string | null;
  /** Interest only: the opportunity, copied from the payload so the filter is an index look-up (0004). */
  opportunity_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Volunteer interest: when a manager marked the volunteer as contacted (migration 0003). */
  contacted_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** Proposals: how many supports it has, kept by triggers on `supports` (migration 0007); 0 for the rest. */
  support_count: ColumnType<number, never, never>;
  /** Device clock, normalised to UTC. */
  created_at: string;
  /** Server clock. */
  received_at: string;
  updated_at: string;
}

export interface SubmissionHistoryTable {
  id: Generated<number>;
  submission_id: string;
  at: string;
  status: SubmissionStatus | null;
  moderation: ModerationState | null;
  public_response: string | null;
  /** Shown to the submitter (e.g. why an item was declined). */
  reason: string | null;
  /** Internal, managers only. */
  note: string | null;
  actor_user_id: string | null;
}

export interface SupportsTable {
  proposal_id: string;
  supporter_id: string;
  /** The support item that was stored first; its receipt answers every later duplicate. */
  submission_id: string;
  created_at: string;
}

export interface MediaTable {
  id: string;
  /** The re-encoded photo (no metadata), never the bytes as uploaded. */
  bytes: Buffer;
  mime: string;
  created_at: string;
  /** sha256 of the bytes as uploaded: a resend matches, a different image under the same id does not. */
  source_hash: string | null;
  width: number | null;
  height: number | null;
}

/** Which items show which photos; written with the item, in its transaction. */
export interface SubmissionMediaTable {
  submission_id: string;
  media_id: string;
}

export type Role = 'admin' | 'manager';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  created_at: string;
  /** Set when an admin disabled the account: no login, no sessions (migration 0003). */
  disabled_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Per manager: which items they have opened; no row means unread. */
export interface ManagerReadsTable {
  user_id: string;
  submission_id: string;
  read_at: string;
}

/** Centres and opportunities, imported once from the seeds, then edited by managers. */
export interface DirectoryTable {
  id: string;
  quarter_id: string | null;
  /** The entry as validated by the shared zod schema, as JSON text. */
  payload: string;
  /** 0 or 1: only published rows are served publicly. */
  published: number;
  created_at: string;
  updated_at: string;
}

export interface OpportunitiesTable extends DirectoryTable {
  /** The centre named in the payload, so a centre's move finds its opportunities by index (0004). */
  centre_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Bumped on every content change; the public documents' ETags come from it. */
export interface ContentVersionsTable {
  name: string;
  version: number;
}

export interface UserQuartersTable {
  user_id: string;
  quarter_id: string;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked database does not hand out sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Keyed by e-mail (known or not), so the answer never tells which accounts exist. */
export interface LoginThrottleTable {
  email: string;
  failures: number;
  locked_until: string | null;
  last_failure_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  action: string;
  target: string | null;
  detail: string | null;
}

/** One counter per client key, route and window (migration 0005); rows are swept once expired. */
export interface RateLimitsTable {
  /** Salted hash of the client address plus the route: never the address itself. */
  key: string;
  count: number;
  /** End of the window, in milliseconds since the epoch (PostgreSQL answers bigint as a string). */
  expires_ms: ColumnType<string | number, number, number>;
}

/** Values every app instance must agree on (e.g. the salt of rate-limit keys), made once. */
export interface SharedSecretsTable {
  name: string;
  value: string;
}

/** Keys for Open311 clients (POST requests): the sha256 of the key, never the key itself. */
export interface ApiKeysTable {
  id: string;
  name: string;
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** YYYY-MM-DD of the last accepted request; no time, no address. */
  last_used_on: string | null;
}

export interface Database {
  submissions: SubmissionsTable;
  submission_history: SubmissionHistoryTable;
  supports: SupportsTable;
  media: MediaTable;
  submission_media: SubmissionMediaTable;
  users: UsersTable;
  user_quarters: UserQuartersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  manager_reads: ManagerReadsTable;
  centres: DirectoryTable;
  opportunities: OpportunitiesTable;
  content_versions: ContentVersionsTable;
  rate_limits: RateLimitsTable;
  shared_secrets: SharedSecretsTable;
  api_keys: ApiKeysTable;
}

export type Db = Kysely<Database>;
/** A repository function takes either; inside a transaction it joins it. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type SubmissionRow = Selectable<SubmissionsTable>;
export type NewSubmissionRow = Insertable<SubmissionsTable>;
export type HistoryRow = Selectable<SubmissionHistoryTable>;
export type UserRow = Selectable<UsersTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type DialectName = 'sqlite' | 'postgres';
