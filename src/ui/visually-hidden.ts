import './visually-hidden.css';

/**
 * The class for text that screen readers read and eyes do not see (a table caption, a file input
 * behind its label). Importing this constant brings the style along, in whichever chunk uses it.
 */
export const VISUALLY_HIDDEN = 'visually-hidden';
