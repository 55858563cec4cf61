import { IonButton, IonSpinner } from '@ionic/react';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Segment } from '../../ui/Segment';
import { useDismissStartShell } from '../../ui/use-dismiss-start-shell';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackSent } from './FeedbackSent';
import { ProposalForm } from './ProposalForm';
import { QuarterLinkNotice } from './QuarterLinkNotice';
import { useFeedbackCatalogs } from './use-feedback-catalogs';
import { useQuarterLink } from './use-quarter-link';
import './feedback.css';

type Kind = 'feedback' | 'proposal';

// A form renders again only when its catalogs change, not with every change of the screen around it (the
// catalogs' loading state, the refresh settling): its full render is the start page's largest.
const Feedback = memo(FeedbackForm);
const Proposal = memo(ProposalForm);

/** "Mitmachen": feedback (the short, default path) or a proposal, each with its own kept draft. */
export function FeedbackScreen() {
  const { t } = useTranslation();
  const catalogs = useFeedbackCatalogs();
  const [kind, setKind] = useState<Kind>('feedback');
  const [sent, setSent] = useState<{ id: string; kind: Kind }>();
  const feedbackSent = useCallback((id: string) => setSent({ id, kind: 'feedback' }), []);
  const proposalSent = useCallback((id: string) => setSent({ id, kind: 'proposal' }), []);
  const link = useQuarterLink(catalogs.quarters, catalogs.state === 'ready');
  // The frame drawn before the app arrived (ui/start-shell.ts) stays until the form has its catalogs and its
  // stored draft (the forms take it away then), unless this screen has something else to show.
  useDismissStartShell(catalogs.state === 'missing' || sent !== undefined);

  if (sent) return <FeedbackSent id={sent.id} kind={sent.kind} onAnother={() => setSent(undefined)} />;

  if (catalogs.state !== 'ready') {
    return catalogs.state === 'loading' ? (
      <p role="status" className="loading-line">
        <IonSpinner aria-hidden="true" /> {t('feedback:catalog.loading')}
      </p>
    ) : (
      <div className="notice notice-error" role="alert">
        <p>{t('feedback:catalog.missing')}</p>
        <IonButton fill="outline" onClick={catalogs.retry}>
          {t('feedback:catalog.retry')}
        </IonButton>
      </div>
    );
  }

  return (
    <>
      {/* Mounted only with a note: its texts' namespace is fetched only when a link brought someone here. */}
      {link.note ? <QuarterLinkNotice note={link.note} onChooseLinked={link.chooseLinked} /> : null}
      <Segment
        label={t('feedback:kind.label')}
        className="kind-segment"
        value={kind}
        onChange={setKind}
        options={[
          { value: 'feedback', label: t('feedback:kind.feedback'), testId: 'segment-feedback' },
          { value: 'proposal', label: t('feedback:kind.proposal'), testId: 'segment-proposal' },
        ]}
      />
      {kind === 'feedback' ? <Feedback catalogs={catalogs} onSent={feedbackSent} /> : <Proposal catalogs={catalogs} onSent={proposalSent} />}
    </>
  );
}
