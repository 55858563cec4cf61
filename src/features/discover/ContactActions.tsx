import { useTranslation } from 'react-i18next';
import type { DirectoryContact, LocationPrecision, Point } from '../../shared/directory';
import { directionsLink, mailLink, osmLink, telLink } from './links';
import { ShareButton } from './ShareButton';

interface ContactActionsProps {
  title: string;
  contact: DirectoryContact;
  location?: Point;
  locationPrecision?: LocationPrecision;
  address?: string;
  /** This page's path, for sharing. */
  path: string;
}

/** Call, write, visit the website, get directions, share — each only when there is something to use. */
export function ContactActions({ title, contact, location, locationPrecision, address, path }: ContactActionsProps) {
  const { t } = useTranslation();
  const directions = directionsLink(location, locationPrecision, address);
  return (
    <section className="details-section" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('discover:details.contact')}</h2>
      <ul className="action-list">
        {contact.phone && (
          <li>
            <a className="action-link" href={telLink(contact.phone)}>
              {t('discover:contact.call', { phone: contact.phone })}
            </a>
          </li>
        )}
        {contact.email && (
          <li>
            <a className="action-link" href={mailLink(contact.email)}>
              {t('discover:contact.email', { email: contact.email })}
            </a>
          </li>
        )}
        {contact.web && (
          <li>
            <a className="action-link" href={contact.web} target="_blank" rel="noopener noreferrer">
              {t('discover:contact.web', { host: new URL(contact.web).hostname })}
            </a>
          </li>
        )}
        {location && (
          <>
            {directions && (
              <li>
                <a className="action-link" href={directions} data-testid="geo-link">
                  {t('discover:contact.directions')}
                </a>
              </li>
            )}
            <li>
              <a className="action-link" href={osmLink(location, address)} target="_blank" rel="noopener noreferrer">
                {t('discover:contact.osm')}
              </a>
            </li>
          </>
        )}
      </ul>
      {!contact.phone && !contact.email && !contact.web && <p className="muted">{t('discover:contact.none')}</p>}
      {location && locationPrecision !== 'exact' && (
        <p className="notice approximate-note" data-testid="approximate-note">
          {t(locationPrecision === 'quarter' ? 'discover:location.approximateQuarter' : 'discover:location.approximateAddress')}
        </p>
      )}
      <ShareButton title={title} path={path} />
    </section>
  );
}
