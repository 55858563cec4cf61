import { IonButton, IonIcon } from '@ionic/react';
import { languageOutline } from 'ionicons/icons';
import { useEffect, useRef, useState, type ComponentType, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ChunkFailed } from '../ui/ChunkFailed';
import { classifyChunkFailure, refetchFailedStylesheets, type ChunkFailure } from '../ui/chunk-failure';
import { LANGUAGE_LIST, languageInfo } from '../shared/languages';
import type { LanguageDialogProps } from './LanguageDialog';

// The dialog (Ionic's modal, list and items) is not needed to show the start page, so its code loads on the
// first tap; once loaded, every header's button opens it at once.
let loadedDialog: ComponentType<LanguageDialogProps> | undefined;

// Floats above the tab bar, outside the header's toolbar. Inline, because it shows only when code failed to
// load, and the styles every start page must wait for stay as small as they are.
const UNAVAILABLE_STYLE: CSSProperties = {
  position: 'fixed',
  insetInline: '1rem',
  insetBlockEnd: 'calc(4.5rem + env(safe-area-inset-bottom, 0px))',
  zIndex: 1000,
  padding: '0.5rem 1rem',
  border: '1px solid var(--ion-color-step-300, #c8c7cc)',
  borderRadius: 8,
  background: 'var(--ion-background-color, #fff)',
  color: 'var(--ion-text-color, #000)',
  boxShadow: '0 4px 16px rgb(0 0 0 / 20%)',
};

async function loadDialog(): Promise<ComponentType<LanguageDialogProps>> {
  loadedDialog ??= (await import('./LanguageDialog')).LanguageDialog;
  return loadedDialog;
}

/**
 * The language switch in every tab's header: one tap opens the list, the second picks. The button shows
 * the current language's own name beside the universal language glyph, so it is found without reading German.
 */
export function LanguageButton() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [Dialog, setDialog] = useState<ComponentType<LanguageDialogProps> | undefined>(() => loadedDialog);
  const [failure, setFailure] = useState<ChunkFailure>();
  const button = useRef<HTMLIonButtonElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const current = languageInfo(i18n.language) ?? LANGUAGE_LIST[0];

  const openDialog = async () => {
    setFailure(undefined);
    try {
      const loaded = await loadDialog();
      if (!live.current) return;
      setDialog(() => loaded);
      setOpen(true);
    } catch (error) {
      // Offline in the first seconds of a first visit, or after an update removed this version's files:
      // a calm note with a retry, never the error boundary.
      console.warn('could not load the language list', error);
      const reason = await classifyChunkFailure();
      if (live.current) setFailure(reason);
    }
  };
  const closeFailure = () => {
    setFailure(undefined);
    // Back to where the resident was: the native button inside Ionic's (its host takes no focus itself).
    button.current?.shadowRoot?.querySelector('button')?.focus();
  };

  return (
    <>
      <IonButton ref={button} onClick={() => void openDialog()} aria-label={t('common:language.choose', { current: current.autonym })} data-testid="language-button">
        <IonIcon icon={languageOutline} slot="start" aria-hidden="true" />
        <span lang={current.lang}>{current.autonym}</span>
      </IonButton>
      {Dialog && <Dialog isOpen={open} current={current} onClose={() => setOpen(false)} />}
      {failure &&
        createPortal(
          <div className="language-unavailable" style={UNAVAILABLE_STYLE} data-testid="language-unavailable">
            <ChunkFailed
              failure={failure}
              onRetry={() => {
                refetchFailedStylesheets();
                void openDialog();
              }}
            />
            <IonButton fill="clear" onClick={closeFailure}>
              {t('common:language.close')}
            </IonButton>
          </div>,
          document.body,
        )}
    </>
  );
}
