import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { readCatalog, refreshCatalog } from '../../../offline/catalog';
import { useInterests, type Interest } from '../api/get-interests';
import { useUpdateSubmission } from '../api/update-submission';
import { useManage } from '../common/ManageContext';
import { managePaths } from '../manage-routes';
import { VISUALLY_HIDDEN } from '../../../ui/visually-hidden';

/** Volunteer interest per opportunity (`?opportunity=id`), with contact data and a "contacted" mark. */
export function InterestsScreen() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { user, announce } = useManage();
  const update = useUpdateSubmission();
  const navigate = useNavigate();
  const opportunityId = new URLSearchParams(useLocation().search).get('opportunity') ?? '';
  const opportunities = useLiveQuery(() => readCatalog('opportunities'), []);
  const centres = useLiveQuery(() => readCatalog('centres'), []);
  useEffect(() => {
    void refreshCatalog('opportunities');
    void refreshCatalog('centres');
  }, []);

  // A manager sees the opportunities of their quarters (directly or through the centre); the server checks again.
  const choices = useMemo(() => {
    const centreQuarter = new Map((centres ?? []).map((c) => [c.id, c.quarterId]));
    const own = new Set(user.quarterIds);
    return (opportunities ?? [])
      .filter((o) => user.role === 'admin' || own.has(o.quarterId ?? centreQuarter.get(o.centreId ?? '') ?? ''))
      .map((o) => ({ id: o.id, title: o.title[i18n.language] ?? o.title.de }))
      .sort((a, b) => a.title.localeCompare(b.title, i18n.language));
  }, [opportunities, centres, user, i18n.language]);

  const interests = useInterests(opportunityId).data;
  const mark = (interest: Interest, contacted: boolean) =>
    update.mutate(
      { id: interest.id, patch: { contacted } },
      { onSuccess: () => announce({ key: contacted ? 'manage:interests.markedContacted' : 'manage:interests.markedNotContacted' }) },
    );

  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manage:interests.title')}</h2>
      <p className="muted">{t('manage:interests.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-opportunity`}>{t('manage:interests.opportunity')}</label>
        <select id={`${id}-opportunity`} className="native-input" value={opportunityId} onChange={(e) => navigate({ search: e.target.value ? `?opportunity=${encodeURIComponent(e.target.value)}` : '' }, { replace: true })}>
          <option value="">{t('manage:interests.choose')}</option>
          {choices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </div>
      {interests && (
        <p role="status">{t('manage:interests.count', { count: interests.length })}</p>
      )}
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
                <tr key={interest.id} data-testid="interest-row">
                  <td>
                    <Link to={managePaths.item(interest.id)}>
                      <bdi className="user-text">{interest.name ?? interest.receipt ?? interest.id}</bdi>
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
                  <td>{interest.receivedAt ? time.format(new Date(interest.receivedAt)) : ''}</td>
                  <td>
                    <input
                      type="checkbox"
                      checked={interest.contacted === true}
                      onChange={(e) => mark(interest, e.target.checked)}
                      aria-label={t('manage:interests.contactedFor', { name: interest.name ?? interest.id })}
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
