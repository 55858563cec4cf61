import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Centre } from '../../shared/directory';
import { openState } from '../../shared/opening-hours';
import { KIND_LABELS } from './labels';
import { formatDistance } from './links';
import { openStateText } from './open-state-text';
import { SampleBadge } from './SampleBadge';
import { CITY_TIME_ZONE, holidaysFor } from './use-now';

interface CentreCardProps {
  centre: Centre;
  quarterName: string | undefined;
  distanceM: number | undefined;
  now: Date;
}

export function CentreCard({ centre, quarterName, distanceM, now }: CentreCardProps) {
  const { t, i18n } = useTranslation();
  const state = openStateText(openState(centre.hours, now, holidaysFor(now), CITY_TIME_ZONE), now, i18n.language, t, CITY_TIME_ZONE);
  return (
    <li className="directory-card" data-testid="centre-card" data-id={centre.id}>
      <h3>
        <Link to={`/entdecken/orte/${centre.id}`}><bdi>{centre.name}</bdi>
        </Link>
      </h3>
      <p className="card-meta">
        {t(KIND_LABELS[centre.kind])}
        {quarterName && ` · ${quarterName}`}
        {distanceM !== undefined && ` · ${t('discover:distance', { distance: formatDistance(distanceM, i18n.language) })}`}
        {centre.sample && <SampleBadge />}
      </p>
      <p className={`open-state open-state-${state.tone}`}>{state.text}</p>
    </li>
  );
}
