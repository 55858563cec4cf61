// What a deep link's quarter (`/mitmachen?quarter=<id>`, e.g. from a poster's QR code) does to the form.
// The quarter is one shared setting both forms follow (SETTING_KEYS.quarterId). A link sets it, unless a
// draft with words in it belongs to another quarter: then what the resident began stays where it was,
// and the screen offers the link's quarter with one tap (docs/decisions.md, "Deep links to a quarter").

export type PresetDecision =
  | { action: 'unknown' }
  | { action: 'apply'; quarterId: string }
  | { action: 'keep'; keptId: string; linkedId: string };

function hasWords(draft: unknown): boolean {
  if (typeof draft !== 'object' || draft === null) return false;
  const { text, title } = draft as { text?: unknown; title?: unknown };
  return [text, title].some((value) => typeof value === 'string' && value.trim() !== '');
}

export function decidePreset(input: {
  linkedId: string;
  knownIds: ReadonlySet<string>;
  remembered: unknown;
  drafts: readonly unknown[];
}): PresetDecision {
  const { linkedId, knownIds, remembered, drafts } = input;
  if (!knownIds.has(linkedId)) return { action: 'unknown' };
  const other = typeof remembered === 'string' && remembered !== '' && remembered !== linkedId && knownIds.has(remembered);
  if (other && drafts.some(hasWords)) return { action: 'keep', keptId: remembered, linkedId };
  return { action: 'apply', quarterId: linkedId };
}
