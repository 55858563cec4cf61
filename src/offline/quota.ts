/** Raised instead of the browser's QuotaExceededError; the UI shows `errors:quota`. Nothing saved before is lost. */
export class QuotaError extends Error {
  constructor() {
    super('The device storage is full');
    this.name = 'QuotaError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  // Dexie wraps the DOMException; the original sits in `inner`.
  const inner = (error as { inner?: unknown }).inner;
  return inner instanceof Error && inner.name === 'QuotaExceededError';
}
