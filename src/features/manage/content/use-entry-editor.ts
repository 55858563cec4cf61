import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { getContent, saveContent, setPublished, type ContentKind } from '../../../offline/manage-content';
import type { Centre, Opportunity } from '../../../shared/directory';
import { useFailure, useManage } from '../common/ManageContext';
import { managePaths, NEW_ID } from '../manage-routes';

type EntryOf<K extends ContentKind> = K extends 'centres' ? Centre : Opportunity;

interface EditorSetup<K extends ContentKind, D> {
  kind: K;
  id: string;
  empty: () => D;
  toDraft: (entry: EntryOf<K>) => D;
  fromDraft: (draft: D) => { ok: true; entry: EntryOf<K> } | { ok: false; errors: Record<string, string> };
}

/** Load (or start) one directory entry, validate it with the shared schema on save, publish or unpublish it. */
export function useEntryEditor<K extends ContentKind, D>({ kind, id, empty, toDraft, fromDraft }: EditorSetup<K, D>) {
  const navigate = useNavigate();
  const { announce } = useManage();
  const fail = useFailure();
  const isNew = id === NEW_ID;
  const [draft, setDraft] = useState<D | undefined>(() => (isNew ? empty() : undefined));
  const [published, setPublishedState] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (isNew) return;
    let current = true;
    getContent(kind, id).then(
      (managed) => {
        if (!current) return;
        setDraft(toDraft(managed.entry as EntryOf<K>));
        setPublishedState(managed.published);
      },
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
    // toDraft is a module function; reload only when the entry changes.
  }, [kind, id, isNew, fail]);

  const update = useCallback((patch: Partial<D>) => setDraft((d) => (d ? { ...d, ...patch } : d)), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const result = fromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      announce({ key: 'manage-content:invalid', options: { count: Object.keys(result.errors).length } }, 'error');
      // Focus the first invalid control once React has marked it.
      setTimeout(() => document.querySelector<HTMLElement>('.content-form [aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await saveContent(kind, result.entry, isNew);
      announce({ key: isNew ? 'manage-content:created' : 'manage-content:saved' });
      if (isNew) navigate(kind === 'centres' ? managePaths.centre(result.entry.id) : managePaths.opportunity(result.entry.id), { replace: true });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const publish = async (next: boolean) => {
    try {
      await setPublished(kind, id, next);
      setPublishedState(next);
      announce({ key: next ? 'manage-content:publishedDone' : 'manage-content:unpublishedDone' });
    } catch (error) {
      fail(error);
    }
  };

  return { isNew, draft, update, errors, busy, submit, published, publish };
}
