import { useTranslation } from 'react-i18next';
import { CENTRE_KINDS, OFFER_TAGS, WHEELCHAIR } from '../../../shared/directory';
import { schemaResolver } from '../common/form-resolver';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { quartersFor } from '../common/use-catalog';
import { centreDraft, centreFormSchema, emptyCentreDraft } from './centre-draft';
import { contentIssueKey } from './content-form';
import { CENTRE_KIND_KEYS, OFFER_KEYS, WHEELCHAIR_KEYS } from './content-labels';
import { EditorFrame } from './EditorFrame';
import { CheckList, LocalisedFields, SelectField, TextField } from './FormFields';
import { HoursEditor } from './HoursEditor';
import { LocationFields, SharedEntryFields } from './SharedEntryFields';
import { ownQuarter, today, useEntryEditor } from './use-entry-editor';

const resolver = schemaResolver(centreFormSchema, contentIssueKey);

/** Create or edit a neighbourhood centre; fields follow `centreSchema`. */
export function CentreEditor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const editor = useEntryEditor({ kind: 'centres', id, empty: () => emptyCentreDraft(today(), ownQuarter(user)), toDraft: centreDraft });
  const title = editor.isNew ? t('manage-content:centre.new') : (editor.draft?.name ?? t('manage-content:centre.edit'));
  return (
    <EditorFrame editor={editor} resolver={resolver} title={title}>
      <TextField label={t('manage-content:fields.name')} name="name" required testId="content-name" />
      <TextField label={t('manage-content:fields.id')} name="id" hint={t('manage-content:fields.idHint')} required />
      <SelectField label={t('manage-content:fields.kind')} name="kind" options={CENTRE_KINDS.map((k) => ({ value: k, label: t(CENTRE_KIND_KEYS[k] ?? k) }))} />
      <SelectField
        label={t('manage-content:fields.quarter')}
        name="quarterId"
        empty={t('manage-content:fields.choose')}
        options={quartersFor(catalog.quarters, user).map((q) => ({ value: q.id, label: q.name }))}
      />
      <TextField label={t('manage-content:fields.address')} name="address" />
      <LocationFields />
      <HoursEditor keptExceptions={editor.draft?.original?.hours?.exceptions.length ?? 0} />
      <SharedEntryFields />
      <SelectField label={t('manage-content:fields.wheelchair')} name="accessibility.wheelchair" options={WHEELCHAIR.map((w) => ({ value: w, label: t(WHEELCHAIR_KEYS[w] ?? w) }))} />
      <LocalisedFields label={t('manage-content:fields.accessibilityNote')} name="accessibility.note" />
      <CheckList legend={t('manage-content:fields.offers')} name="offers" options={OFFER_TAGS.map((o) => ({ value: o, label: t(OFFER_KEYS[o] ?? o) }))} />
      <LocalisedFields label={t('manage-content:fields.description')} name="description" multiline required />
      <TextField label={t('manage-content:fields.operator')} name="operator" />
    </EditorFrame>
  );
}
