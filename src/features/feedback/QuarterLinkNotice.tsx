import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import type { QuarterLinkNote } from './use-quarter-link';

interface QuarterLinkNoticeProps {
  note: QuarterLinkNote;
  onChooseLinked: () => void;
}

/** A calm line above the form when a link's quarter was not applied; never an error. */
export function QuarterLinkNotice({ note, onChooseLinked }: QuarterLinkNoticeProps) {
  const { t, ready } = useTranslation('poster');
  // The texts arrive with the link's namespace; until then (or offline before it was stored) say nothing.
  if (!ready) return null;
  return (
    <div className="notice" role="status" data-testid="quarter-link-note">
      {note.kind === 'unknown' ? (
        <p>{t('poster:link.unknown')}</p>
      ) : (
        <>
          <p>{t('poster:link.draftKept', { name: note.kept.name })}</p>
          <IonButton fill="outline" onClick={onChooseLinked}>
            {t('poster:link.switch', { name: note.linked.name })}
          </IonButton>
        </>
      )}
    </div>
  );
}
