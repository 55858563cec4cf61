import { IonBackButton, IonButtons, IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageButton } from './LanguageButton';
import { PageVisitContext } from '../ui/page-visit';
import { usePageEntryFocus } from './page-focus';
import { SyncIndicator } from './SyncIndicator';
import { UpdateBanner } from './UpdateBanner';

interface ShellPageProps {
  titleKey: string;
  /** Sub-pages get a back button to their parent. */
  backHref?: string;
  children: ReactNode;
}

/**
 * Every screen's frame: one `h1` (focused when the screen becomes active, see page-focus.ts), the language
 * switch on tab roots, the sync strip, and one `main` landmark around the content.
 */
export function ShellPage({ titleKey, backHref, children }: ShellPageProps) {
  const { t } = useTranslation();
  const title = t(titleKey);
  const heading = useRef<HTMLHeadingElement>(null);
  const [visit, setVisit] = useState(0);
  const countVisit = useCallback(() => setVisit((count) => count + 1), []);
  usePageEntryFocus(heading, `${title} · ${t('common:appName')}`, countVisit);
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar color="primary">
          {backHref && (
            <IonButtons slot="start">
              <IonBackButton defaultHref={backHref} text={t('common:back')} />
            </IonButtons>
          )}
          <IonTitle>
            <h1 ref={heading} tabIndex={-1} className="page-title" data-testid="page-title">
              {title}
            </h1>
          </IonTitle>
          {/* Tab roots only: a sub-page's header has its back button, and the manager area has its own. */}
          {!backHref && (
            <IonButtons slot="end">
              <LanguageButton />
            </IonButtons>
          )}
        </IonToolbar>
        <IonToolbar className="sync-toolbar">
          <SyncIndicator />
        </IonToolbar>
        <UpdateBanner />
      </IonHeader>
      <IonContent role="main" className="ion-padding">
        <div className="page-body">
          <PageVisitContext.Provider value={visit}>{children}</PageVisitContext.Provider>
        </div>
      </IonContent>
    </IonPage>
  );
}
