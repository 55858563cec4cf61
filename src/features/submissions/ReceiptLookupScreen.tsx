import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { lookupReceipt, type ReceiptLookup } from '../../offline/receipt-lookup';
import { normaliseReceipt, receiptCodeSchema } from '../../shared/receipt';
import { Field } from '../../ui/form/Field';
import { byMessages, formResolver } from '../../ui/form/form-resolver';
import { RECEIPT_MESSAGES } from '../../ui/form/submission-messages';
import { KIND_KEYS } from './item-text';
import { CopyReceipt, ReceiptCode } from '../../ui/ReceiptCode';
import { StatusHistory } from './StatusHistory';
import './submissions.css';

const MESSAGES: Record<Exclude<ReceiptLookup['kind'], 'found'>, string> = {
  not_found: 'submissions:lookup.notFound',
  invalid: 'submissions:lookup.invalid',
  offline: 'submissions:lookup.offline',
  error: 'submissions:lookup.error',
};

type Lookup = { code: string };
const resolver = formResolver<Lookup>({ schema: z.object({ code: receiptCodeSchema }), describe: byMessages(RECEIPT_MESSAGES) });

/** Find an item by its receipt code — e.g. one read out at the neighbourhood centre. */
export function ReceiptLookupScreen() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const form = useForm<Lookup>({ defaultValues: { code: '' }, resolver, reValidateMode: 'onSubmit' });
  const [result, setResult] = useState<ReceiptLookup>();
  // A code that cannot be a receipt is refused on the field (and focused); an old result goes.
  const search = form.handleSubmit(
    async ({ code }) => setResult(await lookupReceipt(code)),
    () => setResult(undefined),
  );
  const code = form.watch('code');
  const { errors, isSubmitting } = form.formState;
  const normalised = normaliseReceipt(code);
  const asOf = result?.kind === 'found' && result.fetchedAt ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(result.fetchedAt) : undefined;

  return (
    <div className="receipt-lookup">
      <p>{t('submissions:lookup.intro')}</p>
      <form noValidate onSubmit={(e) => void search(e)}>
        <Field
          label={t('submissions:lookup.label')}
          hint={code.trim() && normalised !== code.trim() ? t('submissions:lookup.readAs', { code: normalised }) : t('submissions:lookup.hint')}
          {...(errors.code?.message ? { error: errors.code.message } : {})}
        >
          {(control) => (
            <input
              {...control}
              {...form.register('code', { onChange: () => form.clearErrors('code') })}
              className="native-input receipt-input"
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <button type="submit" className="plain-button" disabled={isSubmitting || !code.trim()}>
          {t('submissions:lookup.submit')}
        </button>
      </form>
      <div aria-live="polite" data-testid="lookup-result">
        {result?.kind === 'found' && (
          <section className="my-item" aria-labelledby={`${id}-found`}>
            <h2 id={`${id}-found`}>
              {t(KIND_KEYS[result.view.kind])} · <ReceiptCode code={result.view.receipt} />
            </h2>
            <CopyReceipt code={result.view.receipt} />
            {result.source === 'device' && <p className="muted">{t('submissions:lookup.fromDevice', { time: asOf ?? '' })}</p>}
            <StatusHistory view={result.view} />
          </section>
        )}
        {result && result.kind !== 'found' && <p className={result.kind === 'offline' ? 'notice' : 'field-error'}>{t(MESSAGES[result.kind])}</p>}
      </div>
    </div>
  );
}
