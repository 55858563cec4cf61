import { useTranslation } from 'react-i18next';
import { CENTRE_KINDS, OFFER_TAGS, WHEELCHAIR, type CentreKind, type Wheelchair } from '../../../shared/directory';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { quartersFor } from '../common/use-catalog';
import { CENTRE_KIND_KEYS, OFFER_KEYS, WHEELCHAIR_KEYS } from './content-labels';
import { centreDraft, centreFromDraft, emptyCentreDraft } from './centre-draft';
import { EditorFrame } from './EditorFrame';
import { CheckList, LocalisedFields, SelectField, TextField } from './FormFields';
import { HoursEditor } from './HoursEditor';
import { LocationFields, SharedEntryFields } from './SharedEntryFields';
import { useEntryEditor } from './use-entry-editor';

const today = () => new Date().toISOString().slice(0, 10);

/** Create or edit a neighbourhood centre; fields follow `centreSchema`. */
export function CentreEditor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const editor = useEntryEditor({
    kind: 'centres',
    id,
    empty: () => emptyCentreDraft(today(), user.role === 'admin' ? '' : (user.quarterIds[0] ?? '')),
    toDraft: centreDraft,
    fromDraft: (d) => {
      const r = centreFromDraft(d);
      return r.ok ? { ok: true, entry: r.centre } : r;
    },
  });
  const { draft, update, errors } = editor;
  return (
    <EditorFrame editor={editor} title={editor.isNew ? t('manage-content:centre.new') : (draft?.name ?? t('manage-content:centre.edit'))} kind="centres" id={id}>
      {draft && (
        <>
          <TextField label={t('manage-content:fields.name')} value={draft.name} onChange={(name) => update({ name })} error={errors.name} required testId="content-name" />
          <TextField label={t('manage-content:fields.id')} value={draft.id} onChange={(v) => update({ id: v })} error={errors.id} hint={t('manage-content:fields.idHint')} required />
          <SelectField label={t('manage-content:fields.kind')} value={draft.kind} onChange={(v) => update({ kind: v as CentreKind })} options={CENTRE_KINDS.map((k) => ({ value: k, label: t(CENTRE_KIND_KEYS[k] ?? k) }))} />
          <SelectField
            label={t('manage-content:fields.quarter')}
            value={draft.quarterId}
            onChange={(quarterId) => update({ quarterId })}
            empty={t('manage-content:fields.choose')}
            options={quartersFor(catalog.quarters, user).map((q) => ({ value: q.id, label: q.name }))}
            error={errors.quarterId}
          />
          <TextField label={t('manage-content:fields.address')} value={draft.address} onChange={(address) => update({ address })} error={errors.address} />
          <LocationFields draft={draft} update={update} errors={errors} />
          <HoursEditor value={draft.hours} onChange={(hours) => update({ hours })} errors={errors} />
          <SharedEntryFields draft={draft} update={update} errors={errors} />
          <SelectField label={t('manage-content:fields.wheelchair')} value={draft.wheelchair} onChange={(v) => update({ wheelchair: v as Wheelchair })} options={WHEELCHAIR.map((w) => ({ value: w, label: t(WHEELCHAIR_KEYS[w] ?? w) }))} />
          <LocalisedFields label={t('manage-content:fields.accessibilityNote')} de={draft.accessibilityDe} en={draft.accessibilityEn} onChange={(lang, v) => update(lang === 'de' ? { accessibilityDe: v } : { accessibilityEn: v })} />
          <CheckList legend={t('manage-content:fields.offers')} options={OFFER_TAGS.map((o) => ({ value: o, label: t(OFFER_KEYS[o] ?? o) }))} value={draft.offers} onChange={(offers) => update({ offers: offers as typeof draft.offers })} />
          <LocalisedFields
            label={t('manage-content:fields.description')}
            de={draft.descriptionDe}
            en={draft.descriptionEn}
            multiline
            required
            errors={{ de: errors['description.de'], en: errors['description.en'] }}
            onChange={(lang, v) => update(lang === 'de' ? { descriptionDe: v } : { descriptionEn: v })}
          />
          <TextField label={t('manage-content:fields.operator')} value={draft.operator} onChange={(operator) => update({ operator })} />
        </>
      )}
    </EditorFrame>
  );
}
