import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The system share sheet where there is one; otherwise the link is copied (or shown to copy by hand). */
export function ShareButton({ title, path }: { title: string; path: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();
  const url = new URL(path, window.location.origin).toString();

  const share = async () => {
    setMessage(undefined);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('discover:share.copied'));
    } catch {
      setMessage(t('discover:share.copyByHand', { url }));
    }
  };

  return (
    <>
      <button type="button" className="plain-button" onClick={() => void share()}>
        {t('discover:share.button')}
      </button>
      <p role="status" className="muted share-status">
        {message}
      </p>
    </>
  );
}
