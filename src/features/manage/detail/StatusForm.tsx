import { IonButton } from '@ionic/react';
import { useEffect, useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ManagerSubmission } from '../../../shared/manage';
import { statusResolver } from '../common/decision-forms';
import { STATUS_KEYS } from '../common/labels';
import { StatusChoice } from '../common/StatusChoice';
import { allowedStatuses } from '../common/status-rules';
import type { DetailState } from './use-detail';

/** received → in_review → in_progress → done, or declined with the reason the resident is told. */
export function StatusForm({ item, change }: { item: ManagerSubmission; change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm({ resolver: statusResolver, defaultValues: { status: item.status } });
  const { reset, watch, handleSubmit, formState } = form;
  useEffect(() => reset({ status: item.status }), [item.status, reset]);
  const status = watch('status');

  const save = handleSubmit(async (decision) => {
    const ok = await change(
      { status: decision.status, ...(decision.status === 'declined' ? { reason: decision.reason } : {}) },
      { key: 'manage:actions.statusSaved', options: { status: t(STATUS_KEYS[decision.status]) } },
    );
    if (ok) reset({ status: decision.status });
  });

  return (
    <FormProvider {...form}>
      <form className="action-card" onSubmit={(e) => void save(e)} noValidate aria-labelledby={`${id}-title`} data-testid="status-form">
        <h3 id={`${id}-title`}>{t('manage:actions.statusTitle')}</h3>
        {allowedStatuses(item.status).length < 5 && <p className="field-hint">{t('manage:actions.reopenHint')}</p>}
        <StatusChoice label={t('manage:actions.status')} statuses={allowedStatuses(item.status)} />
        <IonButton type="submit" disabled={formState.isSubmitting || (status === item.status && status !== 'declined')} data-testid="status-save">
          {t('manage:actions.statusSave')}
        </IonButton>
      </form>
    </FormProvider>
  );
}
