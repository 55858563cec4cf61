import { useTranslation } from 'react-i18next';
import type { EventDate } from '../../shared/directory';
import { buildIcs, icsFileName } from './ics';

interface IcsButtonProps {
  uid: string;
  title: string;
  date: EventDate;
  description: string;
  location?: string;
  url: string;
  label: string;
}

/** Downloads one date as an .ics file; works offline (the file is made on the device). */
export function IcsButton({ uid, title, date, description, location, url, label }: IcsButtonProps) {
  const { t } = useTranslation();
  const download = () => {
    const start = new Date(date.start);
    const text = buildIcs({ uid, title, start, end: new Date(date.end), description, url, ...(location ? { location } : {}) });
    const href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = icsFileName(title, start);
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
  };
  return (
    <button type="button" className="plain-button" onClick={download} aria-label={t('discover:ics.buttonFor', { date: label })}>
      {t('discover:ics.button')}
    </button>
  );
}
