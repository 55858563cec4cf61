import { IonBadge } from '@ionic/react';
import { useLiveQuery } from '../../offline/use-live-query';
import { useTranslation } from 'react-i18next';
import { countNews } from '../../offline/my-status';
import { useBackgroundStatusRefresh } from './use-status-refresh';
import { VISUALLY_HIDDEN } from '../../ui/visually-hidden';

/** The count on the "Meine Beiträge" tab: items whose status or answer changed since last seen. */
export function NewsBadge() {
  const { t } = useTranslation();
  useBackgroundStatusRefresh();
  const count = useLiveQuery(() => countNews(), []) ?? 0;
  if (count === 0) return null;
  // The number alone means little to a screen reader; it hears the sentence instead.
  return (
    <>
      <IonBadge color="danger" data-testid="news-badge" data-count={count} aria-hidden="true">
        {count}
      </IonBadge>
      <span className={VISUALLY_HIDDEN}>{t('submissions:news.tabBadge', { count })}</span>
    </>
  );
}
