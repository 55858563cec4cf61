import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './receipt-code.css';

/** A receipt code, never broken across lines (people read it out and type it in). */
export function ReceiptCode({ code, testId }: { code: string; testId?: string }) {
  return (
    <span className="receipt-code" translate="no" data-testid={testId}>
      {code}
    </span>
  );
}

type Copied = 'copied' | 'failed';

/** Whether this browser lets the page write to the clipboard (secure context, Clipboard API). */
export function canCopy(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';
}

/**
 * "Nummer kopieren" for a receipt code, with the outcome in its own live region. Without the Clipboard API
 * there is no button: the code stays selectable as one word (user-select: all), so a tap selects it.
 */
export function CopyReceipt({ code }: { code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<Copied>();
  if (!canCopy()) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('copied');
    } catch {
      // Refused (permission, document not focused): say so and leave the code to be selected by hand.
      setCopied('failed');
    }
  };
  return (
    <span className="copy-receipt">
      <button type="button" className="plain-button copy-button" onClick={() => void copy()} data-testid="copy-receipt">
        {t('common:receipt.copy')}
      </button>
      <span role="status" className="copy-status" data-testid="copy-status">
        {copied ? t(copied === 'copied' ? 'common:receipt.copied' : 'common:receipt.copyFailed') : ''}
      </span>
    </span>
  );
}
