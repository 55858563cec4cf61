/**
 * Whether the person asked their system for less motion (`prefers-reduced-motion`). Read when something is
 * about to move, so a change in the system setting counts from the next animation on.
 */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
