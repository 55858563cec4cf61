import { useLiveQuery } from '../../offline/use-live-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listMyItems } from '../../offline/outbox';
import { sentPhase, useOnline, type SentPhase } from '../../ui/sent-phase';

const MESSAGE_KEYS: Record<SentPhase, string> = {
  waiting: 'discover:interest.saved',
  sending: 'discover:interest.sending',
  delivered: 'discover:interest.delivered',
  attention: 'discover:interest.needsAttention',
};

/** The interest's confirmation, following the item live like the feedback confirmation does. */
export function InterestSent({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const online = useOnline();
  const item = useLiveQuery(async () => (await listMyItems()).find((i) => i.id === id), [id]);
  const phase = sentPhase(item?.state, online);
  const box = useRef<HTMLDivElement>(null);
  // The form and its button are gone: keyboard and screen-reader users land on the confirmation, not on <body>.
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className="notice notice-success" role="status" data-testid="interest-saved" data-phase={phase}>
      <p>{t(MESSAGE_KEYS[phase], { title })}</p>
      <p>
        <Link to="/meine">{t('discover:interest.toMine')}</Link>
      </p>
    </div>
  );
}
