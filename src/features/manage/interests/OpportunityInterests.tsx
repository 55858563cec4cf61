import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Interest } from '../../../shared/manage';
import { useInterestOverview } from '../api/get-interest-overview';
import { useInterests } from '../api/get-interests';
import { useUpdateSubmission } from '../api/update-submission';
import { useManage } from '../common/ManageContext';
import { managePaths } from '../manage-routes';
import { titleIn } from './overview-order';
import { VISUALLY_HIDDEN } from '../../../ui/visually-hidden';

/** Volunteer interest in one opportunity, with contact data and a "contacted" mark. */
export function OpportunityInterests({ opportunityId }: { opportunityId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { announce } = useManage();
  const update = useUpdateSubmission();
  // The title comes with the overview (unpublished opportunities included); usually cached already.
  const listed = useInterestOverview('').data?.opportunities.find((o) => o.opportunityId === opportunityId);
  const title = listed ? titleIn(listed.title, i18n.language) : opportunityId;
  const interests = useInterests(opportunityId).data;
  const mark = (interest: Interest, contacted: boolean) =>
    update.mutate(
      { id: interest.id, patch: { contacted } },
      { onSuccess: () => announce({ key: contacted ? 'manage:interests.markedContacted' : 'manage:interests.markedNotContacted' }) },
    );

  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section aria-labelledby={`${id}-title`}>
      <p>
        <Link to={managePaths.interests} data-testid="interests-back">
          {t('manage:interests.back')}
        </Link>
      </p>
      <h2 id={`${id}-title`}>
        {t('manage:interests.listTitle')} <bdi data-testid="interests-opportunity">{title}</bdi>
      </h2>
      <p className="muted">{t('manage:interests.intro')}</p>
      {interests && <p role="status">{t('manage:interests.count', { count: interests.length })}</p>}
      {interests && interests.length > 0 && (
        <div className="table-scroll personal-data">
          <p className="personal-data-mark">{t('manage:detail.personalData')}</p>
          <table className="data-table" data-testid="interests-table">
            <caption className={VISUALLY_HIDDEN}>{t('manage:interests.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('manage:interests.name')}</th>
                <th scope="col">{t('manage:interests.contact')}</th>
                <th scope="col">{t('manage:interests.message')}</th>
                <th scope="col">{t('manage:interests.received')}</th>
                <th scope="col">{t('manage:interests.contacted')}</th>
              </tr>
            </thead>
            <tbody>
              {interests.map((interest) => (
                <tr key={interest.id} data-testid="interest-row" data-unread={interest.unread}>
                  <td>
                    <Link to={managePaths.item(interest.id)}>
                      <bdi className="user-text">{interest.name ?? interest.receipt}</bdi>
                    </Link>
                  </td>
                  <td>
                    {interest.contact?.email && <bdi className="user-text">{interest.contact.email}</bdi>}
                    {interest.contact?.email && interest.contact.phone && <br />}
                    {interest.contact?.phone && <bdi className="user-text">{interest.contact.phone}</bdi>}
                  </td>
                  <td>
                    <bdi className="user-text">{interest.message ?? ''}</bdi>
                  </td>
                  <td>{time.format(new Date(interest.receivedAt))}</td>
                  <td>
                    <input
                      type="checkbox"
                      checked={interest.contacted}
                      onChange={(e) => mark(interest, e.target.checked)}
                      aria-label={t('manage:interests.contactedFor', { name: interest.name ?? interest.receipt })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
