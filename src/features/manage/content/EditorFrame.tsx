import { IonButton, IonSpinner } from '@ionic/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ContentKind, EntryOf } from '../api/content-entry';
import { countMessages } from '../common/form-resolver';
import { managePaths } from '../manage-routes';
import type { EntryEditor } from './use-entry-editor';

interface EditorFrameProps<K extends ContentKind, D extends FieldValues> {
  editor: EntryEditor<K, D>;
  /** The draft checked with the entry's shared schema (centreFormSchema / opportunityFormSchema). */
  resolver: Resolver<D, unknown, EntryOf<K>>;
  title: string;
  children: ReactNode;
}

/** Heading, publication state, the form around the fields, save and publish buttons. */
export function EditorFrame<K extends ContentKind, D extends FieldValues>({ editor, resolver, title, children }: EditorFrameProps<K, D>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="content-heading" className="content-editor">
      <p>
        <Link to={managePaths.content}>{t('manage-content:back')}</Link>
      </p>
      <h2 id="content-heading">
        <bdi>{title}</bdi>
      </h2>
      {editor.draft ? (
        <EntryForm editor={editor} draft={editor.draft} resolver={resolver}>
          {children}
        </EntryForm>
      ) : editor.loadError ? (
        <div className="notice notice-error" role="alert">
          <p>{t(editor.loadError.key, editor.loadError.options)}</p>
        </div>
      ) : (
        <p role="status" className="loading-line">
          <IonSpinner aria-hidden="true" /> {t('manage-content:loading')}
        </p>
      )}
    </section>
  );
}

interface EntryFormProps<K extends ContentKind, D extends FieldValues> extends Omit<EditorFrameProps<K, D>, 'title'> {
  draft: D;
}

/** Mounted once the draft is there, so the form starts from it; later answers leave the typing alone. */
function EntryForm<K extends ContentKind, D extends FieldValues>({ editor, draft, resolver, children }: EntryFormProps<K, D>) {
  const { t } = useTranslation();
  // The editor focuses the first invalid control in page order, groups (a place, a row of hours) included.
  const form = useForm<D, unknown, EntryOf<K>>({ resolver, defaultValues: draft as DefaultValues<D>, shouldFocusError: false });
  const invalid = countMessages(form.formState.errors);
  const submit = form.handleSubmit(editor.save, (errors) => editor.refused(countMessages(errors)));
  return (
    <FormProvider {...form}>
      {!editor.isNew && (
        <p data-testid="content-state">
          <span className={editor.published ? 'tag tag-public' : 'tag'}>{t(editor.published ? 'manage-content:published' : 'manage-content:unpublished')}</span>
        </p>
      )}
      <p className="field-hint">{t('manage-content:requiredHint')}</p>
      {invalid > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t('manage-content:invalid', { count: invalid })}</p>
        </div>
      )}
      <form className="content-form" noValidate onSubmit={(e) => void submit(e)} data-testid="content-form">
        {children}
        <div className="button-row sticky-actions">
          <IonButton type="submit" disabled={editor.busy} data-testid="content-save">
            {t(editor.isNew ? 'manage-content:create' : 'manage-content:save')}
          </IonButton>
          {!editor.isNew && (
            <IonButton fill="outline" onClick={() => editor.publish(!editor.published)} data-testid="content-publish">
              {t(editor.published ? 'manage-content:unpublish' : 'manage-content:publish')}
            </IonButton>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
