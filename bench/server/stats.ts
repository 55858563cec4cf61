// Percentiles and the few number formats the server bench prints.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms` : '–');
export const perSecond = (value: number): string => `${Math.round(value).toLocaleString('en')}/s`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** `✓` or `✗` and the figure against its target, so every line says whether it met it. */
export function verdict(met: boolean, text: string): string {
  return `${met ? '✓' : '✗'} ${text}`;
}
