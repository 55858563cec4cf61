import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ContentKind, EntryOf } from '../api/content-entry';
import { useContentEntry } from '../api/get-content';
import { usePublishContent } from '../api/publish-content';
import { useSaveContent } from '../api/save-content';
import { useManage } from '../common/ManageContext';
import { manageErrorMessage, type Message } from '../manage-errors';
import { managePaths, NEW_ID } from '../manage-routes';

interface EditorSetup<K extends ContentKind, D> {
  kind: K;
  id: string;
  empty: () => D;
  toDraft: (entry: EntryOf<K>) => D;
}

export interface EntryEditor<K extends ContentKind, D> {
  isNew: boolean;
  /** What the form starts from: the loaded entry, or an empty one; undefined while loading. */
  draft?: D;
  loadError?: Message;
  published: boolean;
  busy: boolean;
  save: (entry: EntryOf<K>) => void;
  /** The form refused to save: say how many fields need a look, and go to the first. */
  refused: (count: number) => void;
  publish: (next: boolean) => void;
}

/** Load (or start) one directory entry, save what the form checked with the shared schema, publish or unpublish it. */
export function useEntryEditor<K extends ContentKind, D>({ kind, id, empty, toDraft }: EditorSetup<K, D>): EntryEditor<K, D> {
  const navigate = useNavigate();
  const { announce } = useManage();
  const isNew = id === NEW_ID;
  const loaded = useContentEntry(kind, id, !isNew);
  const saving = useSaveContent(kind);
  const publishing = usePublishContent(kind);
  const [fresh] = useState(empty);
  const entry = loaded.data?.entry;
  // toDraft is a module function: a new draft only when the entry changes.
  const draft = useMemo(() => (isNew ? fresh : entry && toDraft(entry)), [isNew, fresh, entry]);

  return {
    isNew,
    draft,
    ...(loaded.error ? { loadError: manageErrorMessage(loaded.error, 'inbox') } : {}),
    published: loaded.data?.published ?? false,
    busy: saving.isPending,
    save: (next) =>
      saving.mutate(
        { entry: next, isNew },
        {
          onSuccess: () => {
            // A new entry moves to its own editor first, so the confirmation shows there.
            if (isNew) navigate(kind === 'centres' ? managePaths.centre(next.id) : managePaths.opportunity(next.id), { replace: true });
            announce({ key: isNew ? 'manage-content:created' : 'manage-content:saved' });
          },
        },
      ),
    refused: (count) => {
      announce({ key: 'manage-content:invalid', options: { count } }, 'error');
      // Focus the first invalid control once React has marked it.
      setTimeout(() => document.querySelector<HTMLElement>('.content-form [aria-invalid="true"]')?.focus(), 0);
    },
    publish: (next) =>
      publishing.mutate({ id, published: next }, { onSuccess: () => announce({ key: next ? 'manage-content:publishedDone' : 'manage-content:unpublishedDone' }) }),
  };
}

/** The day a new entry's sources count as checked, unless the manager says otherwise. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** A new entry starts in the manager's first quarter; an admin chooses. */
export function ownQuarter(user: { role: string; quarterIds: string[] }): string {
  return user.role === 'admin' ? '' : (user.quarterIds[0] ?? '');
}
