import { describe, expect, it } from 'vitest';
import { commandFor, isTypingTarget, moveActive } from './inbox-keys';

describe('inbox shortcuts', () => {
  it('maps j/k, arrows, Home/End, o, x, Esc and ? on a row or the page', () => {
    const row = { tag: 'li' };
    expect(commandFor({ key: 'j', target: row })).toBe('next');
    expect(commandFor({ key: 'ArrowDown', target: { tag: 'body' } })).toBe('next');
    expect(commandFor({ key: 'k', target: row })).toBe('prev');
    expect(commandFor({ key: 'ArrowUp', target: row })).toBe('prev');
    expect(commandFor({ key: 'Home', target: row })).toBe('first');
    expect(commandFor({ key: 'End', target: row })).toBe('last');
    expect(commandFor({ key: 'Enter', target: row })).toBe('open');
    expect(commandFor({ key: 'o', target: { tag: 'body' } })).toBe('open');
    expect(commandFor({ key: 'x', target: row })).toBe('toggle');
    expect(commandFor({ key: 'Escape', target: row })).toBe('back');
    expect(commandFor({ key: '?', target: null })).toBe('help');
    expect(commandFor({ key: 'q', target: row })).toBeUndefined();
  });

  it('never takes keys typed into a field, a select, or with a modifier', () => {
    for (const target of [{ tag: 'input', type: 'search' }, { tag: 'input' }, { tag: 'textarea' }, { tag: 'select' }, { tag: 'div', editable: true }]) {
      expect(isTypingTarget(target)).toBe(true);
      expect(commandFor({ key: 'j', target })).toBeUndefined();
      expect(commandFor({ key: 'Escape', target })).toBeUndefined();
    }
    expect(commandFor({ key: 'j', ctrlKey: true, target: { tag: 'li' } })).toBeUndefined();
    expect(commandFor({ key: 'k', metaKey: true })).toBeUndefined();
    expect(isTypingTarget({ tag: 'input', type: 'checkbox' })).toBe(false);
  });

  it('leaves Enter and x to buttons, links and checkboxes', () => {
    expect(commandFor({ key: 'Enter', target: { tag: 'button' } })).toBeUndefined();
    expect(commandFor({ key: 'Enter', target: { tag: 'a' } })).toBeUndefined();
    expect(commandFor({ key: 'x', target: { tag: 'input', type: 'checkbox' } })).toBeUndefined();
    expect(commandFor({ key: 'j', target: { tag: 'button' } })).toBe('next');
  });

  it('moves within bounds and starts at the first row', () => {
    expect(moveActive(-1, 3, 'next')).toBe(0);
    expect(moveActive(-1, 3, 'prev')).toBe(0);
    expect(moveActive(0, 3, 'next')).toBe(1);
    expect(moveActive(2, 3, 'next')).toBe(2);
    expect(moveActive(0, 3, 'prev')).toBe(0);
    expect(moveActive(1, 3, 'last')).toBe(2);
    expect(moveActive(2, 3, 'first')).toBe(0);
    expect(moveActive(5, 3, 'open')).toBe(2);
    expect(moveActive(1, 0, 'next')).toBe(-1);
  });
});
