import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { opportunityPlace } from '../../shared/directory-filter';
import { ContactActions } from './ContactActions';
import { DetailsStatus } from './DetailsStatus';
import { IcsButton } from './IcsButton';
import { InterestForm } from './InterestForm';
import { COMMITMENT_LABELS, languageName, localised, SKILL_LABELS, SUITABLE_LABELS } from './labels';
import { SampleBadge } from './SampleBadge';
import { SampleNotice } from './SampleNotice';
import { SourceInfo } from './SourceInfo';
import { useDirectory } from './use-directory';
import { useNow } from './use-now';
// Also opened straight from a shared link, before (or without) the list that imports the same styles.
import './discover.css';
import { countOptions, formatList } from '../../ui/format-text';

/** /entdecken/engagement/:id — one opportunity with its dates, place and the interest form (not on samples). */
export function OpportunityDetails() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const directory = useDirectory();
  const now = useNow();
  const opportunity = directory.opportunities.find((o) => o.id === id);
  if (!opportunity) return <DetailsStatus state={directory.state} retry={directory.retry} />;
  const language = i18n.language;
  const title = localised(opportunity.title, language);
  const description = localised(opportunity.description, language);
  const place = opportunityPlace(opportunity, directory.centresById);
  const centre = opportunity.centreId ? directory.centresById.get(opportunity.centreId) : undefined;
  const quarterName = place.quarterId ? directory.quarterNames.get(place.quarterId) : undefined;
  const path = `/entdecken/engagement/${opportunity.id}`;
  const when = (start: string, end: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' }).formatRange(
      new Date(start),
      new Date(end),
    );
  const { commitment } = opportunity;

  return (
    <article className="details" data-testid="opportunity-details">
      <header>
        <h2 className="details-title">{title}</h2>
        <p className="details-meta">
          {opportunity.organisation}
          {quarterName && ` · ${quarterName}`}
          {opportunity.sample && <SampleBadge />}
        </p>
      </header>
      <p>{description}</p>
      <section className="details-section" aria-labelledby="commitment-heading">
        <h2 id="commitment-heading">{t('discover:details.commitment')}</h2>
        <p>
          {t(COMMITMENT_LABELS[commitment.type])}
          {commitment.hoursPerWeek !== undefined && ` · ${t('discover:details.hoursPerWeek', countOptions(commitment.hoursPerWeek, language))}`}
        </p>
        {opportunity.dates.length > 0 && (
          <ul className="date-list">
            {opportunity.dates.map((date, index) => {
              const label = when(date.start, date.end);
              const past = Date.parse(date.end) < now.getTime();
              return (
                <li key={date.start}>
                  <span>{label}</span>
                  {past ? (
                    <span className="muted"> {t('discover:details.past')}</span>
                  ) : (
                    <IcsButton
                      uid={`${opportunity.id}-${index}@quartiersstimme`}
                      title={title}
                      date={date}
                      description={description}
                      url={new URL(path, window.location.origin).toString()}
                      label={label}
                      {...(quarterName ? { location: centre?.address ?? `${quarterName}, Erfurt` } : {})}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {(opportunity.skills.length > 0 || opportunity.suitableFor.length > 0 || opportunity.languages.length > 0) && (
        <section className="details-section" aria-labelledby="fit-heading">
          <h2 id="fit-heading">{t('discover:details.fit')}</h2>
          {opportunity.skills.length > 0 && (
            <p>{t('discover:details.skills', { skills: formatList(opportunity.skills.map((s) => t(SKILL_LABELS[s])), language) })}</p>
          )}
          {opportunity.suitableFor.length > 0 && (
            <p>{t('discover:details.suitableFor', { groups: formatList(opportunity.suitableFor.map((s) => t(SUITABLE_LABELS[s])), language) })}</p>
          )}
          {opportunity.languages.length > 0 && (
            <p>{t('discover:details.languages', { languages: formatList(opportunity.languages.map((l) => languageName(l, language)), language) })}</p>
          )}
        </section>
      )}
      {centre && (
        <p>
          {t('discover:details.atCentre')} <Link to={`/entdecken/orte/${centre.id}`}><bdi>{centre.name}</bdi>
          </Link>
        </p>
      )}
      {opportunity.sample ? <SampleNotice directory={directory} /> : <InterestForm opportunityId={opportunity.id} title={title} />}
      <ContactActions
        title={title}
        contact={opportunity.contact}
        path={path}
        {...(place.location ? { location: place.location } : {})}
        {...(place.locationPrecision ? { locationPrecision: place.locationPrecision } : {})}
        {...(centre?.address ? { address: centre.address } : {})}
      />
      <SourceInfo source={opportunity.source} sample={opportunity.sample} />
    </article>
  );
}
