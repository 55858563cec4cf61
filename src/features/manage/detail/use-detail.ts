import { useCallback } from 'react';
import type { ManagerSubmission } from '../../../shared/manage';
import { useSubmission } from '../api/get-submission';
import { useUpdateSubmission, type PatchInput } from '../api/update-submission';
import { useManage } from '../common/ManageContext';
import { manageErrorMessage, type Message } from '../manage-errors';

export interface DetailState {
  item?: ManagerSubmission;
  loading: boolean;
  error?: Message;
  /** Sends one change and announces `done` once the item shows it; resolves to whether it worked. */
  change: (patch: PatchInput, done: Message) => Promise<boolean>;
}

/** One item and the changes to it; a failed change is announced by the area, the form keeps its text. */
export function useDetail(id: string): DetailState {
  const { announce } = useManage();
  const item = useSubmission(id);
  const { mutateAsync } = useUpdateSubmission();
  const change = useCallback(
    async (patch: PatchInput, done: Message) => {
      try {
        await mutateAsync({ id, patch });
      } catch {
        return false;
      }
      announce(done);
      return true;
    },
    [id, mutateAsync, announce],
  );
  return {
    item: item.data,
    loading: item.isPending,
    ...(item.error ? { error: manageErrorMessage(item.error, 'inbox') } : {}),
    change,
  };
}
