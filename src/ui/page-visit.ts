import { createContext, useContext } from 'react';

/**
 * How many times the surrounding screen has become the visible one (see src/app/page-focus.ts). Ionic keeps a
 * screen mounted while the resident is on other tabs, and @ionic/react-router 9 swaps tabs without
 * ionViewWillEnter, which in any case does not reach a lazily loaded child; a screen that must do something on
 * every visit reads this number in an effect's dependencies instead.
 */
export const PageVisitContext = createContext(0);

export function usePageVisit(): number {
  return useContext(PageVisitContext);
}
