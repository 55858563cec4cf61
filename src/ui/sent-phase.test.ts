import { describe, expect, it } from 'vitest';
import { sentPhase } from './sent-phase';

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
