import { formatDistance } from '../../ui/format-distance';

/** "350 m entfernt" or "1,2 km entfernt" in the resident's language (pure). */
export function distanceText(metres: number, language: string, t: (key: string, options: Record<string, string>) => string): string {
  return t('feedback:distance', { distance: formatDistance(metres, language) });
}
