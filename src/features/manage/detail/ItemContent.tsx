import { useTranslation } from 'react-i18next';
import type { ManagerSubmission } from '../../../shared/manage';
import { LocationBlock } from './LocationBlock';
import { PhotoGallery } from './PhotoGallery';

/** What the resident sent, as inert text (<bdi>, pre-wrapped), with photos, place and contact. */
export function ItemContent({ item }: { item: ManagerSubmission }) {
  const { t } = useTranslation();
  const contact = item.contact;
  const hasContact = !!contact && !!(contact.name || contact.email || contact.phone);
  return (
    <>
      <section aria-labelledby="detail-text" className="detail-section">
        <h3 id="detail-text">{t('manage:detail.text')}</h3>
        {item.title && (
          <p className="detail-title" data-testid="detail-title">
            <bdi className="user-text">{item.title}</bdi>
          </p>
        )}
        {item.text ? (
          <p className="detail-text" data-testid="detail-text">
            <bdi className="user-text">{item.text}</bdi>
          </p>
        ) : (
          <p className="muted">{t('manage:detail.noText')}</p>
        )}
        {typeof item.mood === 'number' && <p className="muted">{t('manage:detail.mood', { mood: item.mood })}</p>}
      </section>
      {(item.mediaIds?.length ?? 0) > 0 && <PhotoGallery ids={item.mediaIds ?? []} receipt={item.receipt} />}
      {item.location && <LocationBlock id={item.id} location={item.location} quarterId={item.quarterId ?? undefined} />}
      {hasContact && contact && (
        <section aria-labelledby="detail-contact" className="detail-section personal-data" data-testid="detail-contact">
          <h3 id="detail-contact">{t('manage:detail.contact')}</h3>
          <p className="personal-data-mark">{t('manage:detail.personalData')}</p>
          <dl className="detail-facts">
            {contact.name && (
              <>
                <dt>{t('manage:detail.contactName')}</dt>
                <dd>
                  <bdi className="user-text">{contact.name}</bdi>
                </dd>
              </>
            )}
            {contact.email && (
              <>
                <dt>{t('manage:detail.contactEmail')}</dt>
                <dd>
                  <a href={`mailto:${encodeURIComponent(contact.email).replace(/%40/g, '@')}`}>
                    <bdi className="user-text">{contact.email}</bdi>
                  </a>
                </dd>
              </>
            )}
            {contact.phone && (
              <>
                <dt>{t('manage:detail.contactPhone')}</dt>
                <dd>
                  <bdi className="user-text">{contact.phone}</bdi>
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
    </>
  );
}
