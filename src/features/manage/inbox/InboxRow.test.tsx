// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../shared/manage';
import { germanI18n } from '../../../test/i18n';
import { inboxItem } from '../../../test/manage-answers';
import { InboxRow } from './InboxRow';

beforeAll(async () => {
  await germanI18n();
});
afterEach(cleanup);

const item: InboxItem = inboxItem('a1', {
  quarterId: 'erfurt-01-altstadt',
  topicId: 'green',
  text: 'Mehr Bäume',
  visibility: 'public',
  receipt: 'ERF-553T-B7WR',
  createdAt: '2026-12-01T10:00:00Z',
  receivedAt: '2026-12-01T10:00:00Z',
  locale: 'ar',
});

describe('InboxRow meta line', () => {
  it('isolates every part in its own <bdi>, so right-to-left text cannot reorder them across the separators', () => {
    render(
      <MemoryRouter>
        <ul>
          <InboxRow item={item} topic="Grün" active={false} selected={false} onToggle={() => undefined} onFocus={() => undefined} />
        </ul>
      </MemoryRouter>,
    );
    const foot = screen.getByTestId('inbox-row-foot');
    const parts = [...foot.children].map((child) => [child.tagName, child.textContent]);
    expect(parts.map(([tag]) => tag)).toEqual(['BDI', 'BDI', 'BDI', 'BDI', 'BDI', 'BDI']);
    expect(parts[0]?.[1]).toBe('Altstadt');
    expect(parts[1]?.[1]).toBe('Grün');
    expect(parts[3]?.[1]).toContain('ERF-553T-B7WR');
    // Outside the parts there is nothing but the separators.
    const loose = [...foot.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent);
    expect(loose).toEqual([' · ', ' · ', ' · ', ' · ', ' · ']);
  });
});
