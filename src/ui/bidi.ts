// Proper names and what people typed can be in another script than the UI (a Latin street name in an
// Arabic sentence). In markup they go into <bdi> or dir="auto"; inside a translated string, which is
// plain text, the Unicode isolates FSI … PDI do the same, so bidi never reorders the sentence around them.

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}
