import { IonButton, IonSpinner } from '@ionic/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { managePaths } from '../manage-routes';
import type { useEntryEditor } from './use-entry-editor';

interface EditorFrameProps {
  editor: Pick<ReturnType<typeof useEntryEditor>, 'isNew' | 'draft' | 'busy' | 'submit' | 'published' | 'publish' | 'errors'>;
  title: string;
  kind: 'centres' | 'opportunities';
  id: string;
  children: ReactNode;
}

/** Heading, publication state, the form around the fields, save and publish buttons. */
export function EditorFrame({ editor, title, children }: EditorFrameProps) {
  const { t } = useTranslation();
  const invalid = Object.keys(editor.errors).length;
  return (
    <section aria-labelledby="content-heading" className="content-editor">
      <p>
        <Link to={managePaths.content}>{t('manage-content:back')}</Link>
      </p>
      <h2 id="content-heading">
        <bdi>{title}</bdi>
      </h2>
      {!editor.draft ? (
        <p role="status" className="loading-line">
          <IonSpinner aria-hidden="true" /> {t('manage-content:loading')}
        </p>
      ) : (
        <>
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
          <form className="content-form" noValidate onSubmit={(e) => void editor.submit(e)} data-testid="content-form">
            {children}
            <div className="button-row sticky-actions">
              <IonButton type="submit" disabled={editor.busy} data-testid="content-save">
                {t(editor.isNew ? 'manage-content:create' : 'manage-content:save')}
              </IonButton>
              {!editor.isNew && (
                <IonButton fill="outline" onClick={() => void editor.publish(!editor.published)} data-testid="content-publish">
                  {t(editor.published ? 'manage-content:unpublish' : 'manage-content:publish')}
                </IonButton>
              )}
            </div>
          </form>
        </>
      )}
    </section>
  );
}
