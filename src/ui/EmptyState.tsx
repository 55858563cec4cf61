import type { ReactNode } from 'react';

interface EmptyStateProps {
  /** what is not there, and if it helps, why */
  message: string;
  /** a way on ("Feedback geben"), when there is one */
  children?: ReactNode;
  testId?: string;
}

/** "Nothing here": one look for every empty list (the theme's `.empty-state`). */
export function EmptyState({ message, children, testId }: EmptyStateProps) {
  if (!children) {
    return (
      <p className="empty-state" data-testid={testId}>
        {message}
      </p>
    );
  }
  return (
    <div className="empty-state" data-testid={testId}>
      <p>{message}</p>
      {children}
    </div>
  );
}
