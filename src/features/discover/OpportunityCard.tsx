import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Opportunity } from '../../shared/directory';
import { COMMITMENT_LABELS, localised } from './labels';
import { formatDistance } from './links';
import { SampleBadge } from './SampleBadge';
import { countOptions } from '../../ui/format-text';

interface OpportunityCardProps {
  opportunity: Opportunity;
  quarterName: string | undefined;
  distanceM: number | undefined;
  now: Date;
}

export function OpportunityCard({ opportunity, quarterName, distanceM, now }: OpportunityCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const next = opportunity.dates.find((d) => Date.parse(d.end) >= now.getTime());
  const { commitment } = opportunity;
  return (
    <li className="directory-card" data-testid="opportunity-card" data-id={opportunity.id}>
      <h3>
        <Link to={`/entdecken/engagement/${opportunity.id}`}>{localised(opportunity.title, language)}</Link>
      </h3>
      <p className="card-meta">
        {opportunity.organisation}
        {quarterName && ` · ${quarterName}`}
        {distanceM !== undefined && ` · ${t('discover:distance', { distance: formatDistance(distanceM, language) })}`}
        {opportunity.sample && <SampleBadge />}
      </p>
      <p>
        {t(COMMITMENT_LABELS[commitment.type])}
        {commitment.hoursPerWeek !== undefined && ` · ${t('discover:details.hoursPerWeek', countOptions(commitment.hoursPerWeek, language))}`}
        {next &&
          ` · ${new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(next.start))}`}
      </p>
    </li>
  );
}
