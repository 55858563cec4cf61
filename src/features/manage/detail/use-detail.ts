import { useCallback, useEffect, useState } from 'react';
import { getSubmission, patchSubmission, type PatchInput, type SubmissionDetail } from '../../../offline/manage-inbox';
import { useFailure, useManage } from '../common/ManageContext';
import type { Message } from '../manage-errors';

export interface DetailState {
  item?: SubmissionDetail;
  loading: boolean;
  error?: Message;
  reload: () => Promise<void>;
  /** Sends one change, announces `done` on success and reloads; resolves to whether it worked. */
  change: (patch: PatchInput, done: Message) => Promise<boolean>;
}

export function useDetail(id: string): DetailState {
  const fail = useFailure();
  const { announce } = useManage();
  const [item, setItem] = useState<SubmissionDetail>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Message>();

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setItem(await getSubmission(id));
      setError(undefined);
    } catch (caught) {
      setError(fail(caught));
    } finally {
      setLoading(false);
    }
  }, [id, fail]);

  useEffect(() => {
    setItem(undefined);
    void reload();
  }, [reload]);

  const change = useCallback(
    async (patch: PatchInput, done: Message) => {
      try {
        await patchSubmission(id, patch);
      } catch (caught) {
        fail(caught);
        return false;
      }
      announce(done);
      await reload();
      return true;
    },
    [id, fail, announce, reload],
  );

  return { item, loading, error, reload, change };
}
