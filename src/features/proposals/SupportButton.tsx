import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuotaError } from '../../offline/quota';
import { supportProposal, type MySupport } from '../../offline/supports';

interface SupportButtonProps {
  proposalId: string;
  title: string;
  mine: MySupport | undefined;
}

/**
 * "Unterstützen": queued like every other item, so it works offline. A second tap never passes
 * silently — it says that this device already supports the proposal.
 */
export function SupportButton({ proposalId, title, mine }: SupportButtonProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();

  const support = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await supportProposal(proposalId, i18n.language, undefined, title);
      setMessage(outcome === 'already' ? 'proposals:support.already' : navigator.onLine ? 'proposals:support.thanks' : 'proposals:support.thanksOffline');
    } catch (error) {
      setMessage(error instanceof QuotaError ? 'errors:quota' : 'proposals:support.failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="support">
      <button
        type="button"
        className="plain-button support-button"
        aria-pressed={mine !== undefined}
        aria-label={t(mine ? 'proposals:support.doneFor' : 'proposals:support.buttonFor', { title })}
        onClick={() => void support()}
        // Not `disabled`: that drops the focus to the page's start; support() ignores presses while busy.
        aria-disabled={busy || undefined}
        data-testid="support-button"
      >
        {t(mine ? 'proposals:support.done' : 'proposals:support.button')}
      </button>
      <p className="support-message" role="status" data-testid="support-message">
        {message ? t(message) : ''}
      </p>
    </div>
  );
}
