import { useEffect, useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/limits';
import { VISUALLY_HIDDEN } from '../../ui/visually-hidden';
import type { DraftPhoto } from './draft-parts';

interface PhotoFieldProps {
  photos: DraftPhoto[];
  onChange: (update: (photos: DraftPhoto[]) => DraftPhoto[]) => void;
  error?: string;
}

/**
 * Up to three photos. Each file is redrawn on the device (reencodePhoto) before it is kept, so
 * EXIF data such as the GPS position never reaches the draft, the outbox or the server.
 */
export function PhotoField({ photos, onChange, error }: PhotoFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p.blob)), [photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  const room = LIMITS.mediaPerItem - photos.length;

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    setProblem(files.length > room ? 'feedback:photos.tooMany' : undefined);
    setBusy(true);
    try {
      for (const file of files.slice(0, Math.max(0, room))) {
        try {
          // The re-encoder loads with the first photo, not with the start page.
          const { NotAnImageError, PhotoTooLargeError, reencodePhoto } = await import('../../offline/photo-reencode');
          try {
            const photo = await reencodePhoto(file);
            onChange((current) => (current.length >= LIMITS.mediaPerItem ? current : [...current, { key: crypto.randomUUID(), blob: photo.blob, type: photo.type }]));
          } catch (caught) {
            setProblem(caught instanceof PhotoTooLargeError ? 'feedback:photos.tooLarge' : caught instanceof NotAnImageError ? 'feedback:photos.notAnImage' : 'feedback:photos.failed');
          }
        } catch {
          // Its code not on the device yet (offline in the first seconds of a first visit).
          setProblem('feedback:photos.failed');
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const shownError = error ?? problem;
  return (
    <div className="photo-field">
      <p className="field-hint" id={`${id}-hint`}>
        {t('feedback:photos.hint', { max: LIMITS.mediaPerItem })}
      </p>
      {photos.length > 0 && (
        <ul className="photo-thumbs" aria-label={t('feedback:photos.list')}>
          {photos.map((photo, index) => (
            <li key={photo.key} data-testid="photo-thumb">
              <img src={urls[index]} alt={t('feedback:photos.alt', { index: index + 1, count: photos.length })} />
              <button
                type="button"
                className="plain-button"
                onClick={() => onChange((current) => current.filter((p) => p.key !== photo.key))}
              >
                {t('feedback:photos.remove', { index: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {room > 0 ? (
        <div className="button-row">
          <label className="plain-button file-button">
            <input type="file" accept="image/*" capture="environment" className={VISUALLY_HIDDEN} onChange={(e) => void add(e)} disabled={busy} aria-describedby={`${id}-hint`} />
            {t('feedback:photos.take')}
          </label>
          <label className="plain-button file-button">
            <input type="file" accept="image/*" multiple className={VISUALLY_HIDDEN} onChange={(e) => void add(e)} disabled={busy} aria-describedby={`${id}-hint`} />
            {t('feedback:photos.choose')}
          </label>
        </div>
      ) : (
        <p className="field-hint">{t('feedback:photos.full')}</p>
      )}
      <div aria-live="polite">
        {busy && <p className="field-hint">{t('feedback:photos.preparing')}</p>}
        {shownError && (
          <p className="field-error" data-testid="photo-error">
            {t(shownError, { max: LIMITS.mediaPerItem })}
          </p>
        )}
      </div>
    </div>
  );
}
