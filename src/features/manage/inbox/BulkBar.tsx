import { IonButton } from '@ionic/react';
import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_STATUSES } from '../../../shared/submission';
import { useBulkStatus } from '../api/bulk-status';
import { statusResolver } from '../common/decision-forms';
import { STATUS_KEYS } from '../common/labels';
import { useManage } from '../common/ManageContext';
import { StatusChoice } from '../common/StatusChoice';

interface BulkBarProps {
  ids: string[];
  onDone: () => void;
  onClear: () => void;
}

/** Action bar for the checked rows: one status for all of them (declined needs the reason residents see). */
export function BulkBar({ ids, onDone, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const { announce } = useManage();
  const bulk = useBulkStatus();
  const form = useForm({ resolver: statusResolver, defaultValues: { status: 'in_review' as const } });

  const apply = form.handleSubmit((decision) =>
    bulk.mutate(
      { ids, status: decision.status, ...(decision.status === 'declined' ? { reason: decision.reason } : {}) },
      {
        onSuccess: (outcome) => {
          announce({ key: 'manage:bulk.done', options: { count: outcome.updated.length, status: t(STATUS_KEYS[decision.status]) } });
          if (outcome.notFound.length > 0) announce({ key: 'manage:bulk.notFound', options: { count: outcome.notFound.length } }, 'error');
          form.reset({ status: decision.status });
          onDone();
        },
      },
    ),
  );

  return (
    <FormProvider {...form}>
      <section className="bulk-bar" aria-labelledby={`${id}-title`} data-testid="bulk-bar">
        <h3 id={`${id}-title`}>{t('manage:bulk.selected', { count: ids.length })}</h3>
        <StatusChoice label={t('manage:bulk.status')} statuses={SUBMISSION_STATUSES} />
        <div className="button-row">
          <IonButton onClick={() => void apply()} disabled={bulk.isPending} data-testid="bulk-apply">
            {t('manage:bulk.apply')}
          </IonButton>
          <IonButton fill="outline" onClick={onClear}>
            {t('manage:bulk.clear')}
          </IonButton>
        </div>
      </section>
    </FormProvider>
  );
}
