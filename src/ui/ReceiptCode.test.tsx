// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { germanI18n } from '../test/i18n';
import { CopyReceipt, ReceiptCode } from './ReceiptCode';

beforeAll(async () => {
  await germanI18n();
});

function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
}

afterEach(() => {
  cleanup();
  setClipboard(undefined);
});

describe('ReceiptCode', () => {
  it('keeps the code as one word that is not translated', () => {
    render(<ReceiptCode code="ERF-4K7Q-M2XD" testId="code" />);
    const code = screen.getByTestId('code');
    expect(code.textContent).toBe('ERF-4K7Q-M2XD');
    expect(code.getAttribute('translate')).toBe('no');
    expect(code.className).toBe('receipt-code');
  });
});

describe('CopyReceipt', () => {
  it('copies the code and says "Kopiert" in its live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard({ writeText });
    render(<CopyReceipt code="ERF-4K7Q-M2XD" />);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Nummer kopieren' }));
    expect(await screen.findByText('Kopiert')).toBe(screen.getByRole('status'));
    expect(writeText).toHaveBeenCalledWith('ERF-4K7Q-M2XD');
  });

  it('says to copy by hand when the browser refuses', async () => {
    setClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    render(<CopyReceipt code="ERF-4K7Q-M2XD" />);
    fireEvent.click(screen.getByRole('button', { name: 'Nummer kopieren' }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/markieren Sie die Nummer/));
  });

  it('offers no button where there is no Clipboard API', () => {
    setClipboard(undefined);
    render(<CopyReceipt code="ERF-4K7Q-M2XD" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
