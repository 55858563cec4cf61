import { createContext, useContext, type ReactNode } from 'react';
import type { ManagerUser } from '../../../shared/manage';
import type { Message } from '../manage-errors';

// What every manager screen needs from the area: who is signed in, and one place to announce the
// result of an action. Failures are announced (and a lost session ends the area) in one place too:
// the query client's error handler in ManageArea.tsx.

export type Tone = 'success' | 'error';

export interface ManageContextValue {
  user: ManagerUser;
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
