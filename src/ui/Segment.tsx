export interface SegmentOption<V extends string> {
  value: V;
  label: string;
  testId?: string;
}

export interface SegmentProps<V extends string> {
  /** names the group for screen readers */
  label: string;
  value: V;
  options: readonly SegmentOption<V>[];
  onChange: (value: V) => void;
  className?: string;
}

/** How a group of toggle buttons is drawn: Ionic's segment, or small joined buttons (src/ui/ViewToggle.tsx). */
export type SegmentLook = 'segment' | 'toggle';

const LOOK_CLASSES: Record<SegmentLook, { group: string; button: string }> = {
  segment: { group: 'segment', button: 'segment-button' },
  toggle: { group: 'view-toggle', button: 'plain-button' },
};

/**
 * One of a few views of a screen (feedback or proposal; places or volunteering): toggle buttons in a named group,
 * the chosen one pressed, drawn like Ionic's segment (theme.css). Our own rather than Ionic's, whose code and
 * styles were ~5 kB gzip of the start page and which reported a tap a moment late; a press here changes the
 * view at once.
 */
export function Segment<V extends string>({ label, value, options, onChange, className, look = 'segment' }: SegmentProps<V> & { look?: SegmentLook }) {
  const classes = LOOK_CLASSES[look];
  return (
    <div role="group" aria-label={label} className={`${classes.group}${className ? ` ${className}` : ''}`}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={classes.button}
          aria-pressed={option.value === value}
          data-testid={option.testId}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
