import { useQuery } from '@tanstack/react-query';
import { quarterLink, printableLink } from '../../../shared/quarter-link';
import { loadPosterTexts, POSTER_BASE, type PosterExtra } from './poster-languages';
import { qrShape } from './qr-path';

/**
 * The poster's parts that need loading: the texts of its languages and the QR code of its link. Both are
 * pure functions of their inputs, so they are cached for the visit; nothing here talks to the server.
 * The link points at the origin the manager works on, which is where residents open the app.
 */
export function usePoster(quarterId: string | undefined, extras: readonly PosterExtra[]) {
  const link = quarterId ? quarterLink(window.location.origin, quarterId) : undefined;
  const languages = [...POSTER_BASE, ...extras];
  const texts = useQuery({
    queryKey: ['poster', 'texts', languages],
    queryFn: () => loadPosterTexts(languages),
    staleTime: Infinity,
    enabled: link !== undefined,
    // The page shows this failure itself.
    meta: { quiet: true },
  });
  const qr = useQuery({
    queryKey: ['poster', 'qr', link],
    queryFn: () => qrShape(link ?? ''),
    staleTime: Infinity,
    enabled: link !== undefined,
    meta: { quiet: true },
  });
  return {
    link,
    printedLink: link ? printableLink(link) : '',
    texts: texts.data,
    qr: qr.data,
    failed: texts.isError || qr.isError,
  };
}
