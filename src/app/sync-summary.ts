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
  else if (status.waiting > 0) {
    // Offline the count says why nothing moves, in place of a "send now" that could only fail.
    parts.push({ key: status.online ? 'common:sync.waiting' : 'common:sync.waitingOffline', options: { count: status.waiting } });
  }
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
  // Offered while items wait and the device is online: hiding it during each short retry made it flicker out from
  // under a tap, but offline a tap can do nothing, so it goes and the waiting count names the missing connection.
  return { tone, parts, showSendNow: status.waiting > 0 && status.online };
}
