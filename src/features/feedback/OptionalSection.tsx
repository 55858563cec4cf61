import type { ReactNode } from 'react';

interface OptionalSectionProps {
  title: string;
  /** what is filled in already, shown on the closed section ("1 Foto") */
  summary?: string;
  /** opened when something inside needs fixing */
  open?: boolean;
  testId: string;
  children: ReactNode;
}

/**
 * An optional part of a form, closed by default so the short path stays short. A native
 * <details>: keyboard and screen readers know it without extra wiring.
 */
export function OptionalSection({ title, summary, open, testId, children }: OptionalSectionProps) {
  return (
    <details className="optional-section" open={open || undefined} data-testid={testId}>
      <summary>
        <span className="optional-title">{title}</span>
        {summary && <span className="optional-summary">{summary}</span>}
      </summary>
      <div className="optional-body">{children}</div>
    </details>
  );
}
