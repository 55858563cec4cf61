import { useTranslation } from 'react-i18next';

/** "Beispiel": invented entries are never shown as real (DESIGN §5). */
export function SampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="sample-badge" title={t('discover:sample.explain')} data-testid="sample-badge">
      {t('discover:sample.badge')}
    </span>
  );
}
