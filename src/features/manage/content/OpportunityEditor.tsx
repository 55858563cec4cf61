import { useLiveQuery } from '../../../offline/use-live-query';
import { useTranslation } from 'react-i18next';
import { readCatalog } from '../../../offline/catalog-directory';
import { COMMITMENT_TYPES, SKILLS, SUITABLE_FOR } from '../../../shared/directory';
import { schemaResolver } from '../common/form-resolver';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { quartersFor } from '../common/use-catalog';
import { contentIssueKey } from './content-form';
import { COMMITMENT_KEYS, SKILL_KEYS, SUITABLE_KEYS } from './content-labels';
import { EditorFrame } from './EditorFrame';
import { CheckList, LocalisedFields, SelectField, TextField } from './FormFields';
import { emptyOpportunityDraft, opportunityDraft, opportunityFormSchema } from './opportunity-draft';
import { LocationFields, SharedEntryFields } from './SharedEntryFields';
import { ownQuarter, today, useEntryEditor } from './use-entry-editor';

const resolver = schemaResolver(opportunityFormSchema, contentIssueKey);

/** Create or edit a volunteer opportunity; fields follow `opportunitySchema`. */
export function OpportunityEditor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const centres = useLiveQuery(() => readCatalog('centres'), []);
  const editor = useEntryEditor({ kind: 'opportunities', id, empty: () => emptyOpportunityDraft(today(), ownQuarter(user)), toDraft: opportunityDraft });
  const title = editor.isNew ? t('manage-content:opportunity.new') : (editor.draft?.title.de ?? t('manage-content:opportunity.edit'));
  const keptDates = editor.draft?.original?.dates.length ?? 0;
  return (
    <EditorFrame editor={editor} resolver={resolver} title={title}>
      <LocalisedFields label={t('manage-content:fields.title')} name="title" required />
      <TextField label={t('manage-content:fields.id')} name="id" hint={t('manage-content:fields.idHint')} required />
      <TextField label={t('manage-content:fields.organisation')} name="organisation" required />
      <SelectField label={t('manage-content:fields.centre')} name="centreId" empty={t('manage-content:fields.none')} options={(centres ?? []).map((c) => ({ value: c.id, label: c.name }))} />
      <SelectField
        label={t('manage-content:fields.quarter')}
        name="quarterId"
        empty={t('manage-content:fields.none')}
        options={quartersFor(catalog.quarters, user).map((q) => ({ value: q.id, label: q.name }))}
      />
      <LocationFields optional />
      <div className="two-columns">
        <SelectField label={t('manage-content:fields.commitment')} name="commitment.type" options={COMMITMENT_TYPES.map((c) => ({ value: c, label: t(COMMITMENT_KEYS[c] ?? c) }))} />
        <TextField label={t('manage-content:fields.hoursPerWeek')} inputMode="decimal" name="commitment.hoursPerWeek" errorAt="commitment" />
      </div>
      <CheckList legend={t('manage-content:fields.skills')} name="skills" options={SKILLS.map((s) => ({ value: s, label: t(SKILL_KEYS[s] ?? s) }))} />
      <CheckList legend={t('manage-content:fields.suitableFor')} name="suitableFor" options={SUITABLE_FOR.map((s) => ({ value: s, label: t(SUITABLE_KEYS[s] ?? s) }))} />
      <SharedEntryFields />
      <LocalisedFields label={t('manage-content:fields.description')} name="description" multiline required />
      {keptDates > 0 && <p className="field-hint">{t('manage-content:opportunity.datesKept', { count: keptDates })}</p>}
    </EditorFrame>
  );
}
