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

/** The page and the pages around it (the tabs sit in a page of the root outlet, hidden under /verwaltung). */
function pageChain(page: Element): Element[] {
  const chain = [page];
  for (let outer = page.parentElement?.closest('.ion-page'); outer; outer = outer.parentElement?.closest('.ion-page')) chain.push(outer);
  return chain;
}

/**
 * The longest a focus that fell to <body> after a screen's entry is put back on its heading. The blurs come
 * from the screen settling (the previous screen's focused control going away, a lazy part replacing its
 * loading line, Ionic's tab bar) and arrive within about half a second here, later on a slow phone.
 */
const ENTRY_GUARD_MS = 8000;

/**
 * Focuses the heading, and puts the focus back on it if it falls to <body> while the screen settles: a
 * keyboard or screen-reader user would otherwise start again at the top of the document. The guard ends with
 * the resident's first key or pointer press (from then on, where the focus goes is theirs), when the screen is
 * no longer shown, or after ENTRY_GUARD_MS.
 */
function focusKept(heading: HTMLElement | null, stillShown: () => boolean): void {
  if (!heading) return;
  heading.focus({ preventScroll: true });
  const onBlur = () => {
    setTimeout(() => {
      if ((document.activeElement === document.body || document.activeElement === null) && stillShown()) {
        heading.focus({ preventScroll: true });
      }
    }, 0);
  };
  const end = () => {
    clearTimeout(timer);
    heading.removeEventListener('blur', onBlur);
    document.removeEventListener('keydown', end, true);
    document.removeEventListener('pointerdown', end, true);
  };
  const timer = setTimeout(end, ENTRY_GUARD_MS);
  heading.addEventListener('blur', onBlur);
  document.addEventListener('keydown', end, true);
  document.addEventListener('pointerdown', end, true);
}

/** Focuses `heading` and sets the document title whenever its Ionic page becomes the visible one. */
export function usePageEntryFocus(heading: RefObject<HTMLElement | null>, documentTitle: string): void {
  const title = useRef(documentTitle);
  title.current = documentTitle;

  useEffect(() => {
    const page = heading.current?.closest('.ion-page');
    if (!page) return undefined;
    const chain = pageChain(page);
    const check = () => {
      if (!chain.every(isShown)) {
        shownPages.delete(page);
        return;
      }
      if (shownPages.has(page)) return;
      shownPages.add(page);
      document.title = title.current;
      if (!firstPageShown) {
        firstPageShown = true;
        return;
      }
      focusKept(heading.current, () => chain.every(isShown));
    };
    const observer = new MutationObserver(check);
    for (const element of chain) observer.observe(element, { attributes: true, attributeFilter: ['class', 'aria-hidden'] });
    check();
    return () => observer.disconnect();
  }, [heading]);

  // A language change renames the visible page at once.
  useEffect(() => {
    const page = heading.current?.closest('.ion-page');
    if (page && shownPages.has(page)) document.title = documentTitle;
  }, [heading, documentTitle]);
}
