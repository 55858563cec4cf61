import { Component, type ErrorInfo, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';
import { RENDER_FAILED_LOG } from './render-failed';
import { dismissStartShell } from '../ui/start-shell';

interface State {
  failed: boolean;
}

// A render error must not leave a blank screen: the resident learns their saved items are safe
// (they live in IndexedDB, not in React state) and can reload.
class ErrorBoundaryInner extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The start screen's frame would cover this message.
    dismissStartShell();
    console.error(RENDER_FAILED_LOG, error, info.componentStack);
  }

  override render() {
    const { t, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <main className="error-boundary" role="alert">
        <h1>{t('common:errorBoundary.title')}</h1>
        <p>{t('common:errorBoundary.body')}</p>
        <button type="button" className="plain-button" onClick={() => window.location.reload()}>
          {t('common:errorBoundary.reload')}
        </button>
      </main>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner);
