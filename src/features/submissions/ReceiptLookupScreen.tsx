import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lookupReceipt, type ReceiptLookup } from '../../offline/receipt-lookup';
import { normaliseReceipt } from '../../shared/receipt';
import { KIND_KEYS } from './item-text';
import { StatusHistory } from './StatusHistory';
import './submissions.css';

const MESSAGES: Record<Exclude<ReceiptLookup['kind'], 'found'>, string> = {
  not_found: 'submissions:lookup.notFound',
  invalid: 'submissions:lookup.invalid',
  offline: 'submissions:lookup.offline',
  error: 'submissions:lookup.error',
};

/** Find an item by its receipt code — e.g. one read out at the neighbourhood centre. */
export function ReceiptLookupScreen() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReceiptLookup>();

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setResult(await lookupReceipt(code));
    } finally {
      setBusy(false);
    }
  };
  const normalised = normaliseReceipt(code);
  const asOf = result?.kind === 'found' && result.fetchedAt ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(result.fetchedAt) : undefined;

  return (
    <div className="receipt-lookup">
      <p>{t('submissions:lookup.intro')}</p>
      <form noValidate onSubmit={(e) => void search(e)}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('submissions:lookup.label')}</label>
          <input
            id={`${id}-code`}
            className="native-input receipt-input"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <p className="field-hint" id={`${id}-hint`}>
            {code.trim() && normalised !== code.trim() ? t('submissions:lookup.readAs', { code: normalised }) : t('submissions:lookup.hint')}
          </p>
        </div>
        <button type="submit" className="plain-button" disabled={busy || !code.trim()}>
          {t('submissions:lookup.submit')}
        </button>
      </form>
      <div aria-live="polite" data-testid="lookup-result">
        {result?.kind === 'found' && (
          <section className="my-item" aria-labelledby={`${id}-found`}>
            <h2 id={`${id}-found`}>
              {t(KIND_KEYS[result.view.kind])} · <span className="receipt-code">{result.view.receipt}</span>
            </h2>
            {result.source === 'device' && <p className="muted">{t('submissions:lookup.fromDevice', { time: asOf ?? '' })}</p>}
            <StatusHistory view={result.view} />
          </section>
        )}
        {result && result.kind !== 'found' && <p className={result.kind === 'offline' ? 'notice' : 'field-error'}>{t(MESSAGES[result.kind])}</p>}
      </div>
    </div>
  );
}
