import { Fragment, type ReactNode } from 'react';

/**
 * Parts of a line such as "receipt · date · quarter", each in its own <bdi>, joined with " · ".
 *
 * Without isolation the bidi algorithm reorders neighbouring runs across the separators in a right-to-left
 * page (an Arabic manager saw the quarter name land inside the date); each <bdi> keeps a part's own order
 * and direction, and the separators stay between them. Empty parts (false, null, '') are left out.
 */
export function MetaParts({ parts }: { parts: readonly ReactNode[] }) {
  const shown = parts.filter((part) => part !== false && part !== null && part !== undefined && part !== '');
  return (
    <>
      {shown.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
