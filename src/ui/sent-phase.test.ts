import { describe, expect, it } from 'vitest';
import { sentCard, sentPhase } from './sent-phase';

describe('sentPhase', () => {
  it('promises sending "once connected" only while offline', () => {
    expect(sentPhase('saved', false)).toBe('waiting');
    expect(sentPhase(undefined, false)).toBe('waiting');
    expect(sentPhase('saved', true)).toBe('sending');
    expect(sentPhase(undefined, true)).toBe('sending');
  });

  it('follows the item once it moves on, whatever the connection', () => {
    for (const online of [true, false]) {
      expect(sentPhase('sending', online)).toBe('sending');
      expect(sentPhase('delivered', online)).toBe('delivered');
      expect(sentPhase('needs_attention', online)).toBe('attention');
    }
  });
});

describe('sentCard', () => {
  it('thanks for what is on its way or delivered', () => {
    for (const phase of ['waiting', 'sending', 'delivered'] as const) {
      expect(sentCard(phase, 'feedback')).toEqual({ tone: 'success', titleKey: 'feedback:sent.title' });
      expect(sentCard(phase, 'proposal')).toEqual({ tone: 'success', titleKey: 'feedback:sent.proposalTitle' });
    }
  });

  it('does not announce an item the server refused as a success', () => {
    for (const kind of ['feedback', 'proposal'] as const) {
      expect(sentCard('attention', kind)).toEqual({ tone: 'warning', titleKey: 'feedback:sent.attentionTitle' });
    }
  });
});
