import { useEffect, useRef, type RefObject } from 'react';

// Ionic keeps pages it navigated away from in the DOM and swaps them without a page load, so neither the
// browser nor a screen reader notices that the screen changed. Each page therefore moves focus to its own
// heading when it becomes the visible one (tab change, sub-page, back), which makes a screen reader read
// the new screen's name, and names the document after it. The first page of an app start keeps the
// browser's own focus: taking it there would skip the start of the page for keyboard users.
//
// Ionic's view lifecycle cannot tell us: in @ionic/react-router 9 a tab change swaps pages without
// ionViewWillEnter/DidEnter (and Ionic's own focusManagerPriority runs only inside animated commits). So
// this watches what Ionic does to the page element itself: a page is shown when it is none of hidden,
// invisible (mid-transition) or aria-hidden.

let firstPageShown = false;
/** Pages currently shown; a WeakSet so a remount (StrictMode, a language change) does not count as a new entry. */
const shownPages = new WeakSet<Element>();

function isShown(page: Element): boolean {
  return (
    page.isConnected &&
    !page.classList.contains('ion-page-hidden') &&
    !page.classList.contains('ion-page-invisible') &&
    page.getAttribute('aria-hidden') !== 'true'
  );
}

/**
 * Shown and on top: no later page of the same outlet is shown over it. Ionic does not always hide the page it
 * navigates away from (after a routerLink from another tab it hid the tab before instead), and a page left
 * visible under the new one is not the screen the resident sees; outlets stack their pages in DOM order.
 */
function isOnTop(page: Element): boolean {
  if (!isShown(page)) return false;
  for (let next = page.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.classList.contains('ion-page') && isShown(next)) return false;
  }
  return true;
}

/** The page and the pages around it (the tabs sit in a page of the root outlet, hidden under /verwaltung). */
function pageChain(page: Element): Element[] {
  const chain = [page];
  for (let outer = page.parentElement?.closest('.ion-page'); outer; outer = outer.parentElement?.closest('.ion-page')) chain.push(outer);
  return chain;
}

/**
 * How long after a screen's entry its heading keeps the focus it should have. Focus gets lost while the screen
 * settles: the previous screen's focused control goes away with its page, a lazy part replaces its loading line,
 * and a focus() can be refused while Ionic still shows the page mid-transition. Here that is over within about
 * half a second; on a slow phone (or a loaded test machine) it takes longer.
 */
const ENTRY_GUARD_MS = 8000;
const ENTRY_CHECK_MS = 100;

/** Whether the focus is nowhere a person could see: on <body>, or on a control whose page went away. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return true;
  return typeof active.checkVisibility === 'function' && !active.checkVisibility();
}

/**
 * Focuses the heading, and puts the focus back on it whenever it is lost while the screen settles: a keyboard
 * or screen-reader user would otherwise start again at the top of the document. The guard ends with the
 * resident's first key or pointer press (from then on, where the focus goes is theirs), when the screen is no
 * longer shown, or after ENTRY_GUARD_MS. A short interval rather than blur events, because a refused focus()
 * and a focused control whose page is hidden fire none.
 */
function focusKept(heading: HTMLElement | null, stillShown: () => boolean): void {
  if (!heading) return;
  const keep = () => {
    if (!stillShown() || !heading.isConnected) {
      end();
      return;
    }
    if (document.activeElement !== heading && focusIsLost()) heading.focus({ preventScroll: true });
  };
  const end = () => {
    clearInterval(interval);
    clearTimeout(timer);
    heading.removeEventListener('blur', onBlur);
    document.removeEventListener('keydown', end, true);
    document.removeEventListener('pointerdown', end, true);
  };
  const onBlur = () => setTimeout(keep, 0);
  const interval = setInterval(keep, ENTRY_CHECK_MS);
  const timer = setTimeout(end, ENTRY_GUARD_MS);
  heading.addEventListener('blur', onBlur);
  document.addEventListener('keydown', end, true);
  document.addEventListener('pointerdown', end, true);
  heading.focus({ preventScroll: true });
}

/**
 * Focuses `heading` and sets the document title whenever its Ionic page becomes the visible one; `onShown` is
 * told each time too (also for the first page of an app start), for screens that act on every visit.
 */
export function usePageEntryFocus(heading: RefObject<HTMLElement | null>, documentTitle: string, onShown?: () => void): void {
  const title = useRef(documentTitle);
  title.current = documentTitle;
  const shown = useRef(onShown);
  shown.current = onShown;

  useEffect(() => {
    const page = heading.current?.closest('.ion-page');
    if (!page) return undefined;
    const chain = pageChain(page);
    const check = () => {
      if (!chain.every(isOnTop)) {
        shownPages.delete(page);
        return;
      }
      if (shownPages.has(page)) return;
      shownPages.add(page);
      document.title = title.current;
      shown.current?.();
      if (!firstPageShown) {
        firstPageShown = true;
        return;
      }
      focusKept(heading.current, () => chain.every(isOnTop));
    };
    // The pages of each outlet on the way up: their classes (shown, hidden, mid-transition) and their coming
    // and going decide which is on top. Changes deeper inside the pages are not looked at.
    const outlets = new Set<Node>(chain.map((element) => element.parentElement).filter((outlet) => outlet !== null));
    const aboutPages = (record: MutationRecord) =>
      record.type === 'childList' ? outlets.has(record.target) : record.target.parentNode !== null && outlets.has(record.target.parentNode);
    const observer = new MutationObserver((records) => {
      if (records.some(aboutPages)) check();
    });
    for (const outlet of outlets) {
      observer.observe(outlet, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-hidden'] });
    }
    check();
    return () => observer.disconnect();
  }, [heading]);

  // A language change renames the visible page at once.
  useEffect(() => {
    const page = heading.current?.closest('.ion-page');
    if (page && shownPages.has(page)) document.title = documentTitle;
  }, [heading, documentTitle]);
}
