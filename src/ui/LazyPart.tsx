import { IonSpinner } from '@ionic/react';
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyChunkFailure, refetchFailedStylesheets, type ChunkFailure } from './chunk-failure';
import { ChunkFailed } from './ChunkFailed';
import './lazy-part.css';

export type PartLoader<P> = () => Promise<ComponentType<P>>;

type LoadState<P> =
  | { kind: 'loading' }
  | { kind: 'ready'; Component: ComponentType<P> }
  | { kind: 'failed'; failure: ChunkFailure };

/** The spinner waits a moment (CSS) before it shows, so a chunk from the cache never flashes one. */
function PartLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading-line part-loading">
      <IonSpinner aria-hidden="true" /> {t('common:chunk.loading')}
    </p>
  );
}

/**
 * A component whose code loads on first use. Unlike React.lazy, a failed load is not remembered: the
 * failure shows a calm message in place (never the error boundary), and its retry calls `load` again,
 * which asks the browser for the module anew. Once loaded, later mounts render at once.
 */
export function lazyPart<P extends object>(load: PartLoader<P>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;

  function LazyPart(props: P) {
    const [state, setState] = useState<LoadState<P>>(() =>
      loaded ? { kind: 'ready', Component: loaded } : { kind: 'loading' },
    );
    const [attempt, setAttempt] = useState(0);

    useEffect(() => {
      if (loaded) {
        const Component = loaded;
        setState((current) => (current.kind === 'ready' ? current : { kind: 'ready', Component }));
        return undefined;
      }
      let live = true;
      load().then(
        (Component) => {
          loaded = Component;
          if (live) setState({ kind: 'ready', Component });
        },
        async (error: unknown) => {
          console.warn('could not load part of the app', error);
          const failure = await classifyChunkFailure();
          if (live) setState({ kind: 'failed', failure });
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);

    if (state.kind === 'ready') return <state.Component {...props} />;
    if (state.kind === 'loading') return <PartLoading />;
    return (
      <ChunkFailed
        failure={state.failure}
        onRetry={() => {
          refetchFailedStylesheets();
          setState({ kind: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    );
  }

  return LazyPart;
}
