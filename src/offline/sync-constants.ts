/** The Background Sync tag the page registers and the service worker answers. */
export const BACKGROUND_SYNC_TAG = 'quartiersstimme-outbox';

/** The Web Lock every drain holds (page and service worker), and an app update waits for before it reloads. */
export const DRAIN_LOCK = 'quartiersstimme-outbox-drain';
