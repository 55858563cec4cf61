import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { reloadIntoCurrentVersion, type ChunkFailure } from './chunk-failure';

interface ChunkFailedProps {
  failure: ChunkFailure;
  onRetry: () => void;
}

/**
 * Shown in place of a screen or map whose code could not be loaded. Calm on purpose: nothing the resident
 * saved is affected, the rest of the app keeps working, and one button fixes it.
 */
export function ChunkFailed({ failure, onRetry }: ChunkFailedProps) {
  const { t } = useTranslation();
  return (
    <div className="chunk-failed" role="status" data-testid="chunk-failed" data-failure={failure}>
      <p>{t(failure === 'updated' ? 'common:chunk.updated' : 'common:chunk.offline')}</p>
      <div className="chunk-failed-actions">
        {failure === 'updated' && (
          <IonButton onClick={reloadIntoCurrentVersion}>{t('common:chunk.reload')}</IonButton>
        )}
        <IonButton fill={failure === 'updated' ? 'outline' : 'solid'} onClick={onRetry}>
          {t('common:chunk.retry')}
        </IonButton>
      </div>
    </div>
  );
}
