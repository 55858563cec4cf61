import { IonButton } from '@ionic/react';
import { useLiveQuery } from '../../offline/use-live-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { installOfferMemory } from '../../offline/install-offer';
import { listMyItems } from '../../offline/outbox';
import { InstallOffer } from '../../ui/InstallOffer';
import { CopyReceipt, ReceiptCode } from '../../ui/ReceiptCode';
import { sentCard, sentPhase, useOnline } from '../../ui/sent-phase';

interface FeedbackSentProps {
  id: string;
  kind: 'feedback' | 'proposal';
  onAnother: () => void;
}

/**
 * The confirmation follows the item live and by the connection: waiting for one (offline), being sent,
 * delivered with its receipt — never "sobald eine Verbindung besteht" while there is one.
 */
export function FeedbackSent({ id, kind, onAnother }: FeedbackSentProps) {
  const { t } = useTranslation();
  const online = useOnline();
  const item = useLiveQuery(async () => (await listMyItems()).find((i) => i.id === id), [id]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen reader and keyboard users land on the confirmation instead of a vanished button.
  useEffect(() => heading.current?.focus(), []);

  const phase = sentPhase(item?.state, online);
  const card = sentCard(phase, kind);
  const receipt = phase === 'delivered' ? item?.receipt : undefined;
  const message = receipt ? (
    <>
      {t('feedback:sent.delivered')} <ReceiptCode code={receipt} testId="sent-receipt" />
      {kind === 'proposal' && ` ${t('feedback:sent.proposalAfter')}`}
    </>
  ) : phase === 'attention' ? (
    t('feedback:sent.needsAttention')
  ) : phase === 'sending' || phase === 'delivered' ? (
    t('feedback:sent.sending')
  ) : (
    t('feedback:sent.saved')
  );

  return (
    <section className={`notice notice-${card.tone}`} data-testid="feedback-sent" data-state={item?.state ?? 'saved'} data-phase={phase}>
      <h2 ref={heading} tabIndex={-1}>
        {t(card.titleKey)}
      </h2>
      <p role="status">{message}</p>
      {receipt && <CopyReceipt code={receipt} />}
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
