import { liveQuery } from 'dexie';
import { submissionSchema, type Submission, type SubmissionInput } from '../shared/submission';
import { getDatabase, SETTING_KEYS, type MineRecord, type OutboxMedia, type OutboxRecord, type QsDatabase } from './db';
import { QuotaError, isQuotaError } from './quota';

/** The fields a form fills in; id, time and locale are added when the user presses send. */
export type NewSubmission = DistributiveOmit<SubmissionInput, 'id' | 'createdAt' | 'locale'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class InvalidSubmissionError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidSubmissionError';
  }
}

/** Why `enqueue` failed, the way a form shows it: a refused field, a full device, or anything else. */
export function enqueueFailure(error: unknown) {
  if (error instanceof InvalidSubmissionError) return { kind: 'invalid' as const, path: error.path };
  if (error instanceof QuotaError) return { kind: 'quota' as const };
  return { kind: 'failed' as const, error };
}

type Listener = () => void;
const enqueueListeners = new Set<Listener>();
/** The sync engine listens here so a new item is sent at once. */
export function onEnqueued(listener: Listener): () => void {
  enqueueListeners.add(listener);
  return () => enqueueListeners.delete(listener);
}

export interface EnqueueOptions {
  db?: QsDatabase;
  now?: () => number;
  /** Photos already re-encoded on the device; their ids become the item's `mediaIds`. */
  photos?: { blob: Blob; type: string }[];
  /** What the item is about, for "Meine Beiträge" (see OutboxRecord.subject); stays on the device. */
  subject?: string;
}

/**
 * Validates with the same schema the server uses and stores the item (and its photos) in the outbox.
 * Resolves only after IndexedDB committed, so the form may clear itself afterwards.
 */
export async function enqueue(fields: NewSubmission, locale: string, options: EnqueueOptions = {}): Promise<Submission> {
  const db = options.db ?? getDatabase();
  const now = options.now ?? Date.now;
  const media: OutboxMedia[] = (options.photos ?? []).map((p) => ({
    id: crypto.randomUUID(),
    blob: p.blob,
    type: p.type,
    uploaded: false,
  }));
  const parsed = submissionSchema.safeParse({
    ...fields,
    ...(media.length ? { mediaIds: media.map((m) => m.id) } : {}),
    id: crypto.randomUUID(),
    createdAt: new Date(now()).toISOString(),
    locale,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidSubmissionError(issue?.path.map(String).join('.') ?? '', issue?.message ?? 'invalid');
  }
  const item = parsed.data;
  const record: OutboxRecord = {
    id: item.id,
    item,
    media,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    queuedAt: now(),
    ...(options.subject ? { subject: options.subject } : {}),
  };
  try {
    await db.outbox.add(record);
  } catch (error) {
    if (isQuotaError(error)) throw new QuotaError();
    throw error;
  }
  for (const listener of enqueueListeners) listener();
  return item;
}

/** Deleting is the resident's own choice (e.g. an item that needs attention). */
export async function deleteOutboxItem(id: string, db: QsDatabase = getDatabase()): Promise<void> {
  await db.outbox.delete(id);
}

/**
 * An item the server rejected is fixed by sending an edited copy under a new id (the old id is
 * burnt on the server for that content); the old record goes in the same transaction.
 */
export async function resendEdited(
  oldId: string,
  fields: NewSubmission,
  locale: string,
  db: QsDatabase = getDatabase(),
): Promise<Submission> {
  const old = await db.outbox.get(oldId);
  // The photos go along with the new copy; they are uploaded again under new ids.
  const photos = (old?.media ?? []).map((m) => ({ blob: m.blob, type: m.type }));
  const item = await enqueue(fields, locale, { db, photos });
  await db.outbox.delete(oldId);
  return item;
}

export type MyItemState = 'saved' | 'sending' | 'delivered' | 'needs_attention';

export interface MyItemView {
  id: string;
  item: Submission;
  state: MyItemState;
  receipt?: string;
  error?: OutboxRecord['error'];
  lastProblem?: string;
  at: number;
  server?: MineRecord['server'];
  changed: boolean;
  /** when changed: whether the news is a new public answer or another status */
  news?: 'answer' | 'status';
  /** the title the item was about when sent (supports and interests), see OutboxRecord.subject */
  subject?: string;
}

/** Everything this device sent, newest first: waiting items and delivered ones in one list. */
export async function listMyItems(db: QsDatabase = getDatabase()): Promise<MyItemView[]> {
  const [outbox, mine] = await Promise.all([db.outbox.toArray(), db.mine.toArray()]);
  const waiting: MyItemView[] = outbox.map((r) => ({
    id: r.id,
    item: r.item,
    state: r.state === 'needs_attention' ? 'needs_attention' : r.state === 'sending' ? 'sending' : 'saved',
    ...(r.error ? { error: r.error } : {}),
    ...(r.lastProblem ? { lastProblem: r.lastProblem } : {}),
    at: r.queuedAt,
    changed: false,
    ...(r.subject ? { subject: r.subject } : {}),
  }));
  const delivered: MyItemView[] = mine.map((r) => ({
    id: r.id,
    item: r.item,
    state: 'delivered',
    receipt: r.receipt,
    at: r.deliveredAt,
    ...(r.server ? { server: r.server } : {}),
    changed: r.server !== undefined && statusKey(r.server) !== r.seenStatusKey,
    ...(r.server && statusKey(r.server) !== r.seenStatusKey ? { news: newsKind(r.server, r.seenStatusKey) } : {}),
    ...(r.subject ? { subject: r.subject } : {}),
  }));
  return [...waiting, ...delivered].sort((a, b) => b.at - a.at);
}

export function statusKey(server: NonNullable<MineRecord['server']>): string {
  return `${server.status}|${server.moderation ?? ''}|${server.publicResponse ?? ''}`;
}

/**
 * What the news on a changed item is: a public answer the resident has not seen (the answer is the
 * rest of the seen key after status and moderation, so a '|' inside it is harmless), else a new status.
 */
export function newsKind(server: NonNullable<MineRecord['server']>, seenStatusKey: string | undefined): 'answer' | 'status' {
  const seenAnswer = seenStatusKey?.split('|').slice(2).join('|') ?? '';
  return server.publicResponse && server.publicResponse !== seenAnswer ? 'answer' : 'status';
}

export async function getSetting<T>(key: string, db: QsDatabase = getDatabase()): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown, db: QsDatabase = getDatabase()): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Calls `onChange` with the setting's value once it was read and again whenever it changes, until the returned
 * function is called. For code that acts on a change rather than shows the value: no React state, no render.
 */
export function followSetting(key: string, onChange: (value: unknown) => void, db: QsDatabase = getDatabase()): () => void {
  let last: { value: unknown } | undefined;
  const subscription = liveQuery(() => getSetting<unknown>(key, db)).subscribe({
    next: (value) => {
      if (last && last.value === value) return;
      last = { value };
      onChange(value);
    },
    // A setting that cannot be read has no change to follow.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

export { SETTING_KEYS };
