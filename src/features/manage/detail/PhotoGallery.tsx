import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaHref } from '../api/export-links';

/** Thumbnails that open one photo larger in a native modal dialog (Esc and the button close it). */
export function PhotoGallery({ ids, receipt }: { ids: string[]; receipt: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<number>();
  const alt = (index: number) => t('manage:detail.photoAlt', { index: index + 1, count: ids.length, receipt });
  const show = (index: number) => {
    setOpen(index);
    dialog.current?.showModal?.();
  };
  const openId = open !== undefined ? ids[open] : undefined;
  return (
    <section aria-labelledby="detail-photos" className="detail-section" data-testid="detail-photos">
      <h3 id="detail-photos">{t('manage:detail.photos')}</h3>
      <ul className="photo-grid">
        {ids.map((mediaId, index) => (
          <li key={mediaId}>
            <button type="button" className="photo-button" onClick={() => show(index)} aria-label={t('manage:detail.photoOpen', { index: index + 1 })}>
              <img src={mediaHref(mediaId)} alt={alt(index)} loading="lazy" />
            </button>
          </li>
        ))}
      </ul>
      <dialog ref={dialog} className="photo-dialog" aria-label={t('manage:detail.photos')} onClose={() => setOpen(undefined)}>
        {openId && open !== undefined && <img src={mediaHref(openId)} alt={alt(open)} />}
        <form method="dialog">
          <button type="submit" className="plain-button">
            {t('manage:detail.photoClose')}
          </button>
        </form>
      </dialog>
    </section>
  );
}
