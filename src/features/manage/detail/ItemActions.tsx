import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagerSubmission } from '../../../shared/manage';
import { AnswerForm } from './AnswerForm';
import { ModerationForm } from './ModerationForm';
import { NoteForm } from './NoteForm';
import { StatusForm } from './StatusForm';
import type { DetailState } from './use-detail';

/** Which actions fit which item: supports only take notes; moderation only for what may become public. */
export function ItemActions({ item, change }: { item: ManagerSubmission; change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  // Only public feedback and proposals carry a moderation state (the server refuses it for others).
  const mayBePublic = item.moderation != null;
  return (
    <div className="item-actions">
      {item.kind !== 'support' && <StatusForm item={item} change={change} />}
      {(item.kind === 'feedback' || item.kind === 'proposal') && <AnswerForm item={item} change={change} />}
      {mayBePublic && <ModerationForm item={item} change={change} />}
      {item.kind === 'interest' && (
        <div className="action-card check-field">
          <input
            id={`${id}-contacted`}
            type="checkbox"
            checked={item.contacted === true}
            onChange={(e) => void change({ contacted: e.target.checked }, { key: e.target.checked ? 'manage:interests.markedContacted' : 'manage:interests.markedNotContacted' })}
          />
          <label htmlFor={`${id}-contacted`}>{t('manage:interests.contacted')}</label>
        </div>
      )}
      <NoteForm change={change} />
    </div>
  );
}
