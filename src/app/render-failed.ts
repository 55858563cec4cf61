/**
 * What the error boundary logs when a render crashed. The browser journeys fail on this exact prefix,
 * so it lives here once rather than as a literal in the app and another in the tests.
 */
export const RENDER_FAILED_LOG = 'render failed';
