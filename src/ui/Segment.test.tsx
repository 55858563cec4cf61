// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Segment } from './Segment';
import { ViewToggle } from './ViewToggle';

afterEach(cleanup);

function Kinds() {
  const [kind, setKind] = useState<'feedback' | 'proposal'>('feedback');
  return (
    <>
      <Segment
        label="Art des Beitrags"
        value={kind}
        onChange={setKind}
        options={[
          { value: 'feedback', label: 'Feedback', testId: 'segment-feedback' },
          { value: 'proposal', label: 'Vorschlag' },
        ]}
      />
      <output>{kind}</output>
    </>
  );
}

describe('Segment', () => {
  it('is a named group of toggle buttons, the chosen one pressed, and a press changes the view at once', () => {
    render(<Kinds />);
    const group = screen.getByRole('group', { name: 'Art des Beitrags' });
    const feedback = screen.getByRole('button', { name: 'Feedback', pressed: true });
    const proposal = screen.getByRole('button', { name: 'Vorschlag', pressed: false });
    expect(group.contains(feedback)).toBe(true);
    expect(feedback.getAttribute('data-testid')).toBe('segment-feedback');
    expect(proposal.hasAttribute('data-testid')).toBe(false);
    fireEvent.click(proposal);
    expect(screen.getByRole('button', { name: 'Vorschlag', pressed: true })).toBe(proposal);
    expect(screen.getByRole('button', { name: 'Feedback', pressed: false })).toBe(feedback);
    expect(screen.getByRole('status').textContent).toBe('proposal');
    // Buttons, not a submit: pressing one inside a form sends nothing.
    expect(proposal.getAttribute('type')).toBe('button');
  });
});

describe('ViewToggle', () => {
  it('is the same named group of toggle buttons, drawn as small joined buttons', () => {
    function Views() {
      const [view, setView] = useState<'list' | 'map'>('list');
      return (
        <ViewToggle
          label="Ansicht"
          value={view}
          onChange={setView}
          options={[
            { value: 'list', label: 'Liste' },
            { value: 'map', label: 'Karte', testId: 'view-map' },
          ]}
        />
      );
    }
    render(<Views />);
    const group = screen.getByRole('group', { name: 'Ansicht' });
    expect(group.className).toBe('view-toggle');
    const map = screen.getByTestId('view-map');
    expect(map.className).toBe('plain-button');
    expect(map.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(map);
    expect(map.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Liste' }).getAttribute('aria-pressed')).toBe('false');
  });
});
