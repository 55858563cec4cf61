import { localDate, type OpenState } from '../../shared/opening-hours';

// "Open now until 15:00" / "Closed · opens tomorrow at 09:00" in the UI language, with times in
// the city's zone (Europe/Berlin), so a visitor's phone set to another zone still reads local times.

type T = (key: string, options?: Record<string, unknown>) => string;

export interface OpenStateText {
  text: string;
  tone: 'open' | 'closed' | 'unknown';
}

export function openStateText(state: OpenState, now: Date, language: string, t: T, timeZone = 'Europe/Berlin'): OpenStateText {
  const time = (d: Date) => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone }).format(d);
  if (state.kind === 'unknown') {
    return { tone: 'unknown', text: t(state.why === 'holiday' ? 'discover:open.holidayUnknown' : 'discover:open.unknown') };
  }
  if (state.kind === 'open') return { tone: 'open', text: t('discover:open.openUntil', { time: time(state.closesAt) }) };
  const prefix = state.why === 'holiday' ? t('discover:open.closedHoliday') : t('discover:open.closed');
  if (!state.opensAt) return { tone: 'closed', text: prefix };
  const today = localDate(now, timeZone);
  const day = localDate(state.opensAt, timeZone);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  let when: string;
  if (day === today) when = t('discover:open.opensToday', { time: time(state.opensAt) });
  else if (day === tomorrow) when = t('discover:open.opensTomorrow', { time: time(state.opensAt) });
  else {
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(state.opensAt);
    when = t('discover:open.opensOn', { day: weekday, time: time(state.opensAt) });
  }
  return { tone: 'closed', text: `${prefix} · ${when}` };
}
