import { useEffect } from 'react';

/*
 * Forms whose input is not kept on the device (the interest form, editing an item, the managers' answer and note)
 * say while they hold input, so the app does not reload over it for an update: the resident sends or clears the
 * form first. Forms with a kept draft register a flush in src/offline instead (their input survives a reload).
 * Plain module state: one page, one set of forms.
 */

const holders = new Set<symbol>();

/** A form starts holding input a reload would lose; the returned function says it no longer does. */
export function holdUnsavedInput(): () => void {
  const token = Symbol('unsaved input');
  holders.add(token);
  return () => holders.delete(token);
}

export function hasUnsavedInput(): boolean {
  return holders.size > 0;
}

/** For a form: while `dirty`, an update waits. */
export function useUnsavedInput(dirty: boolean): void {
  useEffect(() => (dirty ? holdUnsavedInput() : undefined), [dirty]);
}
