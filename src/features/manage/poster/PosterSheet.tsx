import { blockAttributes, type PosterText } from './poster-languages';
import type { QrShape } from './qr-path';

export interface PosterPlace {
  /** the quarter's name, or the centre's */
  name: string;
  /** for a centre: its quarter's name (a proper name, so the sheet needs no words in any language for it) */
  detail?: string;
}

interface PosterSheetProps {
  appName: string;
  place: PosterPlace;
  texts: PosterText[];
  link: string;
  printedLink: string;
  qr: QrShape;
  qrLabel: string;
}

/**
 * The A4 poster itself, shown as the preview and (a second copy outside the app's layout) printed.
 * Every language block carries its own `lang` and `dir`; names and the link are isolated from the
 * surrounding direction so an Arabic block cannot reorder them.
 */
export function PosterSheet({ appName, place, texts, link, printedLink, qr, qrLabel }: PosterSheetProps) {
  return (
    <article className="poster-sheet" lang="de" data-link={link}>
      <header className="poster-head">
        <p className="poster-app">{appName}</p>
        <p className="poster-place">
          <bdi>{place.name}</bdi>
        </p>
        {place.detail ? (
          <p className="poster-place-detail">
            <bdi>{place.detail}</bdi>
          </p>
        ) : null}
      </header>
      <div className="poster-blocks">
        {texts.map(({ language, t }) => (
          <section key={language} className="poster-block" {...blockAttributes(language)} data-language={language}>
            <p className="poster-headline">{t('poster:sheet.headline')}</p>
            <p>{t('poster:sheet.text')}</p>
            <p className="poster-scan">{t('poster:sheet.scan')}</p>
          </section>
        ))}
      </div>
      <footer className="poster-foot">
        <svg
          className="poster-qr"
          role="img"
          aria-label={qrLabel}
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          shapeRendering="crispEdges"
          data-testid="poster-qr"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.d} fill="#000" />
        </svg>
        <p className="poster-link" dir="ltr" data-testid="poster-link">
          {printedLink}
        </p>
      </footer>
    </article>
  );
}
