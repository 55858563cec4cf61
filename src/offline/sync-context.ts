import type { ApiError } from '../shared/api-error';
import type { ItemResult } from '../shared/submission';
import type { QsDatabase } from './db';

/*
 * What the parts of the sync engine share (sync-engine.ts puts them together): one engine's settings,
 * how a reply is classified, and what a drain reports. The parts, in the order a drain runs them:
 * pick-batch → upload-photos → send-batch → record-answers, with schedule-retry for whatever has to
 * wait; drain-outbox is the loop that runs them.
 */

/** No verdict on the items: the network, a timeout, 5xx, 429 or a stranger's answer. Try again later. */
export type Transient = { kind: 'transient'; problem: string; retryAfterMs: number };
/** Our server's JSON error for a 4xx: a verdict. */
export type Refused = { kind: 'refused'; error: ApiError; status: number };
export type Reply = { kind: 'ok'; body: unknown } | Transient | Refused;
/** How a batch POST ended. */
export type Attempt = { kind: 'answered'; results: ItemResult[] } | Transient | Refused;

export type Send = (target: string, init: RequestInit) => Promise<Reply>;

export interface EngineContext {
  db: QsDatabase;
  now: () => number;
  random: () => number;
  send: Send;
  /** Items per batch at most (the server's limit unless a test asks for less). */
  maxItems: number;
  /** Bytes of items per batch at most, leaving room for the envelope. */
  maxBytes: number;
  submissionsUrl: string;
  mediaUrl: string;
}

/** What one drain did, counted while it runs. */
export interface Tally {
  delivered: number;
  rejected: number;
  /** The last transient problem, e.g. `offline`, `timeout`, `http_503`. */
  problem?: string;
}

export interface DrainOutcome {
  delivered: number;
  rejected: number;
  /** Items still queued after this drain. */
  waiting: number;
  /** The earliest time a waiting item may be sent again, when something waits. */
  nextAttemptAt?: number;
  /** The engine's clock when `nextAttemptAt` was worked out: the wait is the difference. */
  checkedAt?: number;
  /** The last transient problem, e.g. `offline`, `timeout`, `http_503`. */
  problem?: string;
}
