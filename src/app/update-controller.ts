import { createAppUpdate } from '../offline/app-update';
import { hasUnsavedInput } from '../ui/unsaved-input';

/**
 * The page's one update controller: the service worker registration offers new versions to it, the update strip
 * shows it, and the missing-chunk message's "Neu laden" uses it. Made here because it joins src/offline (drafts,
 * outbox, the drain lock) with src/ui (forms holding unsaved input).
 */
export const appUpdate = createAppUpdate({ hasUnsavedInput });
