// One place for every limit the client form and the server share (STYLE rule 6):
// a form field's maxLength is the server's max, never a second guess.
export const LIMITS = {
  textMax: 4000,
  titleMin: 3,
  titleMax: 120,
  nameMax: 120,
  emailMax: 254,
  phoneMax: 40,
  messageMax: 2000,
  mediaPerItem: 3,
  batchMaxItems: 100,
  batchMaxBytes: 1024 * 1024,
  mediaMaxBytes: 5 * 1024 * 1024,
} as const;
