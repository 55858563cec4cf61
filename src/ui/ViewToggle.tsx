import { Segment, type SegmentProps } from './Segment';
import './view-toggle.css';

/**
 * A choice between a screen's ways of showing the same things (list or map, newest or most supported): small
 * joined toggle buttons in a named group, the chosen one pressed. The same group as Segment, drawn smaller; its
 * styles come with the screens that use it, not with the start page.
 */
export function ViewToggle<V extends string>(props: SegmentProps<V>) {
  return <Segment {...props} look="toggle" />;
}
