import { IonButton } from '@ionic/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { installOfferMemory } from '../../offline/install-offer';
import { listMyItems } from '../../offline/outbox';
import { InstallOffer } from '../../ui/InstallOffer';

interface FeedbackSentProps {
  id: string;
  kind: 'feedback' | 'proposal';
  onAnother: () => void;
}

/** The confirmation follows the item live: saved on the device first, later delivered with its receipt. */
export function FeedbackSent({ id, kind, onAnother }: FeedbackSentProps) {
  const { t } = useTranslation();
  const item = useLiveQuery(async () => (await listMyItems()).find((i) => i.id === id), [id]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen reader and keyboard users land on the confirmation instead of a vanished button.
  useEffect(() => heading.current?.focus(), []);

  const message =
    item?.state === 'delivered'
      ? t(kind === 'proposal' ? 'feedback:sent.proposalDelivered' : 'feedback:sent.delivered', { receipt: item.receipt ?? '' })
      : item?.state === 'needs_attention'
        ? t('feedback:sent.needsAttention')
        : t('feedback:sent.saved');

  return (
    <section className="notice notice-success" data-testid="feedback-sent" data-state={item?.state ?? 'saved'}>
      <h2 ref={heading} tabIndex={-1}>
        {t(kind === 'proposal' ? 'feedback:sent.proposalTitle' : 'feedback:sent.title')}
      </h2>
      <p role="status">{message}</p>
      <div className="button-row">
        <IonButton routerLink="/meine">{t('feedback:sent.toMine')}</IonButton>
        <IonButton fill="outline" onClick={onAnother}>
          {t(kind === 'proposal' ? 'feedback:sent.anotherProposal' : 'feedback:sent.another')}
        </IonButton>
      </div>
      {item && item.state !== 'needs_attention' && <InstallOffer memory={installOfferMemory} />}
    </section>
  );
}
