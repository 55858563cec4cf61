import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { ManageUser } from '../../../offline/manage-api';
import { ManageApiError } from '../../../offline/manage-api';
import { manageErrorMessage, type Message } from '../manage-errors';

// What every manager screen needs from the area: who is signed in, how to report that the session
// ended (401 → back to the login form), and one place to announce the result of an action.

export type Tone = 'success' | 'error';

export interface ManageContextValue {
  user: ManageUser;
  sessionLost: () => void;
  announce: (message: Message, tone?: Tone) => void;
}

const Context = createContext<ManageContextValue | undefined>(undefined);

export function ManageProvider({ value, children }: { value: ManageContextValue; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useManage(): ManageContextValue {
  const value = useContext(Context);
  if (!value) throw new Error('useManage outside the manager area');
  return value;
}

/**
 * Turns a failed call into a translated message; a lost session leaves the area instead.
 * Returns the message so a form can also show it next to itself.
 */
export function useFailure(): (error: unknown) => Message | undefined {
  const { sessionLost, announce } = useManage();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ManageApiError && error.status === 401) {
        sessionLost();
        return undefined;
      }
      const message = manageErrorMessage(error, 'inbox');
      announce(message, 'error');
      return message;
    },
    [sessionLost, announce],
  );
}
