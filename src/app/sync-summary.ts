import type { SyncStatus } from '../offline/sync';

// What the header says about syncing, as translation keys, so the wording is testable without React.
export type SyncTone = 'offline' | 'sending' | 'waiting' | 'attention' | 'ok';

export interface SyncSummaryPart {
  key: string;
  options?: Record<string, string | number>;
}

export interface SyncSummary {
  tone: SyncTone;
  parts: SyncSummaryPart[];
  showSendNow: boolean;
}

export function summariseSync(status: SyncStatus, formatTime: (epochMs: number) => string): SyncSummary {
  const parts: SyncSummaryPart[] = [{ key: status.online ? 'common:sync.online' : 'common:sync.offline' }];
  if (status.sending) parts.push({ key: 'common:sync.sending' });
  else if (status.waiting > 0) parts.push({ key: 'common:sync.waiting', options: { count: status.waiting } });
  if (status.needsAttention > 0) {
    parts.push({ key: 'common:sync.needsAttention', options: { count: status.needsAttention } });
  }
  if (!status.sending && status.waiting > 0 && status.online && status.nextAttemptAt && status.nextAttemptAt > Date.now()) {
    parts.push({ key: 'common:sync.nextAttempt', options: { time: formatTime(status.nextAttemptAt) } });
  } else if (status.waiting === 0 && status.lastSyncAt !== undefined) {
    parts.push({ key: 'common:sync.lastSync', options: { time: formatTime(status.lastSyncAt) } });
  }
  const tone: SyncTone = !status.online
    ? 'offline'
    : status.sending
      ? 'sending'
      : status.waiting > 0
        ? 'waiting'
        : status.needsAttention > 0
          ? 'attention'
          : 'ok';
  // Always offered while items wait: hiding it during each short retry made it flicker out from under a tap.
  return { tone, parts, showSendNow: status.waiting > 0 };
}
