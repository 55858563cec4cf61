import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { createManageQueryClient, routeFailure } from './api/query-client';
import { sessionKey } from './api/query-keys';
import type { Announcement } from './common/Announcer';
import type { Tone } from './common/ManageContext';
import { manageErrorMessage, type Message } from './manage-errors';
import { ManageShell } from './ManageShell';
import './manage.css';

/**
 * The quarter managers' area, loaded lazily by the app shell — with react-query, so residents never
 * download it. Online only by design: nothing here is queued or stored on the device. Every failed
 * request ends up in one place: a 401 ends the session (back to the login form), anything else is
 * announced in the manager's language, unless the screen said it shows the failure itself.
 */
export default function ManageArea() {
  const [notice, setNotice] = useState<Message>();
  const [announcement, setAnnouncement] = useState<Announcement>();
  // The screen it belongs to is the one showing when it is made: an action that moves on (mark
  // unread → inbox, create → the new entry's editor) navigates first, and the history is already there.
  const announce = useCallback(
    (message: Message, tone: Tone = 'success') =>
      setAnnouncement((previous) => ({ message, tone, seq: (previous?.seq ?? 0) + 1, path: window.location.pathname })),
    [],
  );
  const [client] = useState(() => {
    const created: QueryClient = createManageQueryClient((error, meta) =>
      routeFailure(error, meta, {
        sessionEnded: () => {
          created.setQueryData(sessionKey, null);
          setNotice({ key: 'manage:sessionExpired' });
        },
        failed: (failure) => announce(manageErrorMessage(failure, 'inbox'), 'error'),
      }),
    );
    return created;
  });
  const dismiss = useCallback(() => setAnnouncement(undefined), []);

  return (
    <QueryClientProvider client={client}>
      <ManageShell notice={notice} onNotice={setNotice} announce={announce} announcement={announcement} onDismiss={dismiss} />
    </QueryClientProvider>
  );
}
