import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readCatalog } from '../../../offline/catalog';
import { COMMITMENT_TYPES, SKILLS, SUITABLE_FOR, type CommitmentType } from '../../../shared/directory';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { quartersFor } from '../common/use-catalog';
import { errorUnder } from './content-form';
import { COMMITMENT_KEYS, SKILL_KEYS, SUITABLE_KEYS } from './content-labels';
import { EditorFrame } from './EditorFrame';
import { CheckList, LocalisedFields, SelectField, TextField } from './FormFields';
import { emptyOpportunityDraft, opportunityDraft, opportunityFromDraft } from './opportunity-draft';
import { LocationFields, SharedEntryFields } from './SharedEntryFields';
import { useEntryEditor } from './use-entry-editor';

const today = () => new Date().toISOString().slice(0, 10);

/** Create or edit a volunteer opportunity; fields follow `opportunitySchema`. */
export function OpportunityEditor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const centres = useLiveQuery(() => readCatalog('centres'), []);
  const editor = useEntryEditor({
    kind: 'opportunities',
    id,
    empty: () => emptyOpportunityDraft(today(), user.role === 'admin' ? '' : (user.quarterIds[0] ?? '')),
    toDraft: opportunityDraft,
    fromDraft: (d) => {
      const r = opportunityFromDraft(d);
      return r.ok ? { ok: true, entry: r.opportunity } : r;
    },
  });
  const { draft, update, errors } = editor;
  return (
    <EditorFrame editor={editor} title={editor.isNew ? t('manage-content:opportunity.new') : (draft?.titleDe ?? t('manage-content:opportunity.edit'))} kind="opportunities" id={id}>
      {draft && (
        <>
          <LocalisedFields
            label={t('manage-content:fields.title')}
            de={draft.titleDe}
            en={draft.titleEn}
            required
            errors={{ de: errors['title.de'], en: errors['title.en'] }}
            onChange={(lang, v) => update(lang === 'de' ? { titleDe: v } : { titleEn: v })}
          />
          <TextField label={t('manage-content:fields.id')} value={draft.id} onChange={(v) => update({ id: v })} error={errors.id} hint={t('manage-content:fields.idHint')} required />
          <TextField label={t('manage-content:fields.organisation')} value={draft.organisation} onChange={(organisation) => update({ organisation })} error={errors.organisation} required />
          <SelectField
            label={t('manage-content:fields.centre')}
            value={draft.centreId}
            onChange={(centreId) => update({ centreId })}
            empty={t('manage-content:fields.none')}
            options={(centres ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
          <SelectField
            label={t('manage-content:fields.quarter')}
            value={draft.quarterId}
            onChange={(quarterId) => update({ quarterId })}
            empty={t('manage-content:fields.none')}
            options={quartersFor(catalog.quarters, user).map((q) => ({ value: q.id, label: q.name }))}
            error={errors.quarterId}
          />
          <LocationFields draft={draft} update={update} errors={errors} optional />
          <div className="two-columns">
            <SelectField label={t('manage-content:fields.commitment')} value={draft.commitment} onChange={(v) => update({ commitment: v as CommitmentType })} options={COMMITMENT_TYPES.map((c) => ({ value: c, label: t(COMMITMENT_KEYS[c] ?? c) }))} />
            <TextField label={t('manage-content:fields.hoursPerWeek')} inputMode="decimal" value={draft.hoursPerWeek} onChange={(hoursPerWeek) => update({ hoursPerWeek })} error={errorUnder(errors, 'commitment')} />
          </div>
          <CheckList legend={t('manage-content:fields.skills')} options={SKILLS.map((s) => ({ value: s, label: t(SKILL_KEYS[s] ?? s) }))} value={draft.skills} onChange={(skills) => update({ skills: skills as typeof draft.skills })} />
          <CheckList legend={t('manage-content:fields.suitableFor')} options={SUITABLE_FOR.map((s) => ({ value: s, label: t(SUITABLE_KEYS[s] ?? s) }))} value={draft.suitableFor} onChange={(suitableFor) => update({ suitableFor: suitableFor as typeof draft.suitableFor })} />
          <SharedEntryFields draft={draft} update={update} errors={errors} />
          <LocalisedFields
            label={t('manage-content:fields.description')}
            de={draft.descriptionDe}
            en={draft.descriptionEn}
            multiline
            required
            errors={{ de: errors['description.de'], en: errors['description.en'] }}
            onChange={(lang, v) => update(lang === 'de' ? { descriptionDe: v } : { descriptionEn: v })}
          />
          {(draft.original?.dates.length ?? 0) > 0 && <p className="field-hint">{t('manage-content:opportunity.datesKept', { count: draft.original?.dates.length ?? 0 })}</p>}
        </>
      )}
    </EditorFrame>
  );
}
