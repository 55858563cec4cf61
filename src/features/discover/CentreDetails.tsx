import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ContactActions } from './ContactActions';
import { DetailsStatus } from './DetailsStatus';
import { KIND_LABELS, languageName, localised, OFFER_LABELS, WHEELCHAIR_LABELS } from './labels';
import { OpeningHoursInfo } from './OpeningHoursInfo';
import { SampleBadge } from './SampleBadge';
import { SourceInfo } from './SourceInfo';
import { useDirectory } from './use-directory';
// Also opened straight from a shared link, before (or without) the list that imports the same styles.
import './discover.css';
import { formatList } from '../../ui/format-text';

/** /entdecken/orte/:id — one centre, readable offline from the cached catalog. */
export function CentreDetails() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const directory = useDirectory();
  const centre = directory.centresById.get(id);
  if (!centre) return <DetailsStatus state={directory.state} retry={directory.retry} />;
  const language = i18n.language;
  const offersHere = directory.opportunities.filter((o) => o.centreId === centre.id);

  return (
    <article className="details" data-testid="centre-details">
      <header>
        <h2 className="details-title">
          <bdi>{centre.name}</bdi>
        </h2>
        <p className="details-meta">
          {t(KIND_LABELS[centre.kind])} · {directory.quarterNames.get(centre.quarterId) ?? centre.quarterId}
          {centre.sample && <SampleBadge />}
        </p>
      </header>
      <p>{localised(centre.description, language)}</p>
      {centre.statusNote && (
        <p className="notice" data-testid="status-note">
          {localised(centre.statusNote, language)}
        </p>
      )}
      <section className="details-section" aria-labelledby="address-heading">
        <h2 id="address-heading">{t('discover:details.address')}</h2>
        <p>{centre.address ? <bdi>{centre.address}</bdi> : t(centre.sample ? 'discover:details.addressSample' : 'discover:details.addressUnknown')}</p>
        {centre.operator && <p className="muted">{t('discover:details.operator', { operator: centre.operator })}</p>}
      </section>
      <OpeningHoursInfo hours={centre.hours} />
      <section className="details-section" aria-labelledby="access-heading">
        <h2 id="access-heading">{t('discover:details.accessibility')}</h2>
        <p>{t(WHEELCHAIR_LABELS[centre.accessibility.wheelchair])}</p>
        {centre.accessibility.note && <p className="muted">{localised(centre.accessibility.note, language)}</p>}
      </section>
      {(centre.offers.length > 0 || centre.languages.length > 0) && (
        <section className="details-section" aria-labelledby="offers-heading">
          <h2 id="offers-heading">{t('discover:details.offers')}</h2>
          {centre.offers.length > 0 && (
            <ul className="chip-list">
              {centre.offers.map((offer) => (
                <li key={offer}>{t(OFFER_LABELS[offer])}</li>
              ))}
            </ul>
          )}
          {centre.languages.length > 0 && (
            <p>{t('discover:details.languages', { languages: formatList(centre.languages.map((l) => languageName(l, language)), language) })}</p>
          )}
        </section>
      )}
      {offersHere.length > 0 && (
        <section className="details-section" aria-labelledby="here-heading">
          <h2 id="here-heading">{t('discover:details.opportunitiesHere')}</h2>
          <ul className="plain-list">
            {offersHere.map((o) => (
              <li key={o.id}>
                <Link to={`/entdecken/engagement/${o.id}`}>{localised(o.title, language)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ContactActions
        title={centre.name}
        contact={centre.contact}
        location={centre.location}
        locationPrecision={centre.locationPrecision}
        path={`/entdecken/orte/${centre.id}`}
        {...(centre.address ? { address: centre.address } : {})}
      />
      <SourceInfo source={centre.source} sample={centre.sample} />
    </article>
  );
}
