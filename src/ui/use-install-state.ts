import { useSyncExternalStore } from 'react';
import { installPrompt, type InstallState } from './install-prompt';

/** Whether this browser can install the app now, does it through the share sheet (iOS), or already runs it. */
export function useInstallState(): InstallState {
  const prompt = installPrompt();
  return useSyncExternalStore(prompt.subscribe, prompt.getState);
}
