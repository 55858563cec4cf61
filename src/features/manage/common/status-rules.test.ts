import { describe, expect, it } from 'vitest';
import { allowedStatuses } from './status-rules';

describe('allowed status changes', () => {
  it('lets open items go anywhere and closed ones only be reopened', () => {
    expect(allowedStatuses('received')).toEqual(['received', 'in_review', 'in_progress', 'done', 'declined']);
    expect(allowedStatuses('in_progress')).toHaveLength(5);
    expect(allowedStatuses('done')).toEqual(['in_review', 'in_progress', 'done']);
    expect(allowedStatuses('declined')).toEqual(['in_review', 'in_progress', 'declined']);
  });
});
