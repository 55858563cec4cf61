import { useEffect } from 'react';
import { holdUnsavedInput } from '../offline/pending-input';

/**
 * For forms whose input is not kept on the device: while `dirty`, the app does not reload for an update (it asks
 * the resident to send or clear the form first). Forms with a kept draft register a flush instead.
 */
export function useUnsavedInput(dirty: boolean): void {
  useEffect(() => (dirty ? holdUnsavedInput() : undefined), [dirty]);
}
