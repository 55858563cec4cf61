// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SwitchField } from './SwitchField';

afterEach(cleanup);

function Visibility() {
  const [on, setOn] = useState(false);
  return <SwitchField label="Öffentlich zeigen" hint="Aus: nur das Quartiersmanagement liest es." checked={on} onChange={setOn} />;
}

describe('SwitchField', () => {
  it('is a switch named by its label and described by its hint, and reports each change', () => {
    render(<Visibility />);
    const control = screen.getByRole<HTMLInputElement>('switch', { name: 'Öffentlich zeigen' });
    expect(control.checked).toBe(false);
    expect(control.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(control.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Aus: nur das Quartiersmanagement liest es.');
    fireEvent.click(control);
    expect(control.checked).toBe(true);
    fireEvent.click(control);
    expect(control.checked).toBe(false);
  });
});
