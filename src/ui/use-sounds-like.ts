import { useEffect, useState } from 'react';

export type SoundsLike = (typeof import('./quarter-sound'))['soundsLike'];
let loadedSoundsLike: SoundsLike | undefined;

/**
 * The quarter search's second try (./quarter-sound.ts: names that sound like the query, typed in any script),
 * loaded the first time `wanted` — a query found nothing by spelling. `failed`: not loadable (offline before the
 * worker cached it), so the spelling's answer stands. Used by the quarter picker and the directory's search.
 */
export function useSoundsLike(wanted: boolean): { soundsLike?: SoundsLike; failed: boolean } {
  const [soundsLike, setSoundsLike] = useState<SoundsLike | undefined>(() => loadedSoundsLike);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || soundsLike) return;
    let live = true;
    setFailed(false);
    import('./quarter-sound').then(
      (module) => {
        loadedSoundsLike = module.soundsLike;
        if (live) setSoundsLike(() => module.soundsLike);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, soundsLike]);
  return { ...(soundsLike ? { soundsLike } : {}), failed };
}
