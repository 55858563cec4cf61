import type { ReactNode, Ref } from 'react';

interface EmptyStateProps {
  /** what is not there, and if it helps, why */
  message: string;
  /** a way on ("Feedback geben"), when there is one */
  children?: ReactNode;
  testId?: string;
  /** for a screen that moves the focus here, e.g. after the list's last item was deleted (tabIndex -1) */
  ref?: Ref<HTMLElement>;
}

/** "Nothing here": one look for every empty list (the theme's `.empty-state`). */
export function EmptyState({ message, children, testId, ref }: EmptyStateProps) {
  const focusable = ref ? { ref: ref as Ref<HTMLParagraphElement & HTMLDivElement>, tabIndex: -1 } : {};
  if (!children) {
    return (
      <p className="empty-state" data-testid={testId} {...focusable}>
        {message}
      </p>
    );
  }
  return (
    <div className="empty-state" data-testid={testId} {...focusable}>
      <p>{message}</p>
      {children}
    </div>
  );
}
