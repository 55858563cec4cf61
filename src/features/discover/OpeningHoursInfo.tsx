import { useTranslation } from 'react-i18next';
import { localDate, openState, upcomingExceptions, weeklyTable, type OpeningHours } from '../../shared/opening-hours';
import { localised } from './labels';
import { openStateText } from './open-state-text';
import { CITY_TIME_ZONE, holidaysFor, useNow } from './use-now';
import { VISUALLY_HIDDEN } from '../../ui/visually-hidden';
import { formatList } from '../../ui/format-text';

const HOLIDAY_KEYS = {
  closed: 'discover:hours.holidaysClosed',
  open: 'discover:hours.holidaysOpen',
  unknown: 'discover:hours.holidaysUnknown',
} as const;

/** "Open now / opens at …" and the week, with special dates; or plainly "hours unknown". */
export function OpeningHoursInfo({ hours }: { hours: OpeningHours | undefined }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const language = i18n.language;
  const state = openStateText(openState(hours, now, holidaysFor(now), CITY_TIME_ZONE), now, language, t, CITY_TIME_ZONE);
  // 2024-01-01 was a Monday: a fixed week to take weekday names from.
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
  const dateName = (date: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

  return (
    <section className="details-section" aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t('discover:hours.title')}</h2>
      <p className={`open-state open-state-${state.tone}`} data-testid="open-state">
        {state.text}
      </p>
      {hours && (
        <>
          <table className="hours-table">
            <caption className={VISUALLY_HIDDEN}>{t('discover:hours.weekCaption')}</caption>
            <tbody>
              {weeklyTable(hours).map((row) => (
                <tr key={row.day}>
                  <th scope="row">{dayName(row.day)}</th>
                  <td>
                    {row.intervals.length === 0
                      ? t('discover:hours.closedDay')
                      : formatList(row.intervals.map((i) => t('discover:hours.interval', { opens: i.opens, closes: i.closes })), language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t(HOLIDAY_KEYS[hours.holidays])}</p>
          {upcomingExceptions(hours, localDate(now, CITY_TIME_ZONE)).map((e) => (
            <p key={e.date} className="muted">
              {dateName(e.date)}:{' '}
              {e.intervals.length === 0
                ? t('discover:hours.closedDay')
                : formatList(e.intervals.map((i) => t('discover:hours.interval', { opens: i.opens, closes: i.closes })), language)}
              {e.note && ` (${localised(e.note, language)})`}
            </p>
          ))}
          {hours.note && <p className="muted">{localised(hours.note, language)}</p>}
        </>
      )}
    </section>
  );
}
