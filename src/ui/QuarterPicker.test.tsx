// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuarterPicker } from './QuarterPicker';

afterEach(cleanup);

const QUARTERS = [
  { id: 'altstadt', name: 'Altstadt' },
  { id: 'herrenberg', name: 'Herrenberg' },
  { id: 'hochheim', name: 'Hochheim' },
  { id: 'moebisburg', name: 'Möbisburg-Rhoda' },
];

function One({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return (
    <QuarterPicker
      quarters={QUARTERS}
      value={value}
      onChange={setValue}
      searchLabel="Stadtteil suchen"
      hint="Tippen Sie die ersten Buchstaben."
      {...(error ? { error } : {})}
      texts={{ results: 'Passende Stadtteile', noMatch: 'Kein Stadtteil gefunden.', more: (n) => `Noch ${n}`, chosen: (name) => `Gewählt: ${name}`, none: 'Noch keiner.' }}
    />
  );
}

function Many({ start = ['altstadt'] }: { start?: string[] }) {
  const [value, setValue] = useState<string[]>(start);
  return (
    <QuarterPicker multiple legend="Stadtteile" searchLabel="Stadtteile filtern" quarters={QUARTERS} value={value} onChange={setValue} texts={{ chosen: (n) => `${n} gewählt` }} />
  );
}

describe('QuarterPicker, one quarter', () => {
  it('finds quarters by what people type (folded), and picks the best match on Enter without submitting', () => {
    render(<One />);
    const search = screen.getByLabelText('Stadtteil suchen');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    fireEvent.change(search, { target: { value: 'moeb' } });
    expect(screen.getByRole('button', { name: 'Möbisburg-Rhoda' })).toBeTruthy();
    const enter = fireEvent.keyDown(search, { key: 'Enter' });
    expect(enter).toBe(false); // default prevented: the form is not submitted
    expect(screen.getByRole('status').textContent).toBe('Gewählt: Möbisburg-Rhoda');
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('picks with a click, marks the choice and gives the focus back to the search box', async () => {
    render(<One />);
    const search = screen.getByLabelText('Stadtteil suchen');
    fireEvent.change(search, { target: { value: 'h' } });
    fireEvent.click(screen.getByRole('button', { name: 'Herrenberg' }));
    expect(document.activeElement).toBe(search);
    expect(screen.getByRole('status').textContent).toBe('Gewählt: Herrenberg');
    fireEvent.change(search, { target: { value: 'her' } });
    expect(screen.getByRole('button', { name: 'Herrenberg' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(search, { target: { value: 'xyz' } });
    // Said once the second try (names that sound alike) has answered too, never before it.
    expect(screen.queryByText('Kein Stadtteil gefunden.')).toBeNull();
    expect(await screen.findByText('Kein Stadtteil gefunden.')).toBeTruthy();
  });

  it('finds a name typed as it sounds, in Cyrillic too, once nothing is spelled like it', async () => {
    render(<One />);
    const search = screen.getByLabelText('Stadtteil suchen');
    fireEvent.change(search, { target: { value: 'Альтштадт' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Altstadt' }));
    expect(screen.getByRole('status').textContent).toBe('Gewählt: Altstadt');
    fireEvent.change(search, { target: { value: 'Hochhaim' } });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Hochheim']);
    expect(screen.queryByText('Kein Stadtteil gefunden.')).toBeNull();
  });

  it('ties hint and problem to the search box for screen readers', () => {
    render(<One error="Bitte wählen Sie Ihren Stadtteil." />);
    const search = screen.getByLabelText('Stadtteil suchen');
    expect(search.getAttribute('aria-invalid')).toBe('true');
    const ids = search.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual(['Tippen Sie die ersten Buchstaben.', 'Bitte wählen Sie Ihren Stadtteil.']);
  });
});

describe('QuarterPicker, many quarters', () => {
  it('lists every quarter as a checkbox, narrows the list by the search and counts the choice', () => {
    render(<Many />);
    expect(screen.getByRole('group', { name: 'Stadtteile' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    expect(screen.getByText('1 gewählt')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Stadtteile filtern'), { target: { value: 'hoch' } });
    expect(screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(['Hochheim']);
    fireEvent.click(screen.getByLabelText('Hochheim'));
    expect(screen.getByText('2 gewählt')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Stadtteile filtern'), { target: { value: '' } });
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(2);
  });

  it('lists the quarters ticked when it opened first, and keeps that order while boxes are ticked', () => {
    render(<Many start={['moebisburg', 'hochheim']} />);
    const names = () => screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent);
    expect(names()).toEqual(['Hochheim', 'Möbisburg-Rhoda', 'Altstadt', 'Herrenberg']);
    fireEvent.click(screen.getByLabelText('Herrenberg'));
    fireEvent.click(screen.getByLabelText('Hochheim'));
    expect(names()).toEqual(['Hochheim', 'Möbisburg-Rhoda', 'Altstadt', 'Herrenberg']);
    expect(screen.getByText('2 gewählt')).toBeTruthy();
  });
});
