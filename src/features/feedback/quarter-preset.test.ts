import { describe, expect, it } from 'vitest';
import { decidePreset } from './quarter-preset';

const knownIds = new Set(['altstadt', 'herrenberg']);

describe('a deep link presetting the quarter', () => {
  it('sets a known quarter when nothing was begun', () => {
    expect(decidePreset({ linkedId: 'herrenberg', knownIds, remembered: undefined, drafts: [] })).toEqual({ action: 'apply', quarterId: 'herrenberg' });
    expect(decidePreset({ linkedId: 'herrenberg', knownIds, remembered: 'altstadt', drafts: [null, { text: '  ' }] })).toEqual({
      action: 'apply',
      quarterId: 'herrenberg',
    });
  });

  it('reports an unknown quarter instead of setting it', () => {
    expect(decidePreset({ linkedId: 'atlantis', knownIds, remembered: 'altstadt', drafts: [{ text: 'x' }] })).toEqual({ action: 'unknown' });
  });

  it("keeps a begun draft's other quarter, in either form", () => {
    expect(decidePreset({ linkedId: 'herrenberg', knownIds, remembered: 'altstadt', drafts: [{ text: 'Bänke fehlen' }, null] })).toEqual({
      action: 'keep',
      keptId: 'altstadt',
      linkedId: 'herrenberg',
    });
    expect(decidePreset({ linkedId: 'herrenberg', knownIds, remembered: 'altstadt', drafts: [null, { title: 'Neue Bänke', text: '' }] })).toMatchObject({
      action: 'keep',
    });
  });

  it('applies when the draft is already for the linked quarter, or the remembered one is gone from the catalog', () => {
    expect(decidePreset({ linkedId: 'herrenberg', knownIds, remembered: 'herrenberg', drafts: [{ text: 'x' }] }).action).toBe('apply');
    expect(decidePreset({ linkedId: 'herrenberg', knownIds, remembered: 'removed', drafts: [{ text: 'x' }] }).action).toBe('apply');
  });
});
