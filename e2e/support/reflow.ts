import { expect, type Page } from '@playwright/test';

/** WCAG 1.4.10: 320 CSS px (a small phone), and a 1280 × 800 window at 200 % zoom. */
export const REFLOW_VIEWPORTS = [
  { name: '320 × 568', width: 320, height: 568 },
  { name: '200 % zoom of 1280 × 800', width: 640, height: 400 },
] as const;

/**
 * What sticks out sideways on the current page: the document scrolling sideways, and every element or piece of
 * text of the visible screen (Ionic keeps hidden pages in the DOM) and of the tab bar that reaches past the
 * viewport. Ionic's content area clips instead of scrolling, so the document check alone would miss most of it;
 * the element check sees what the clip hides. Clipping inside the screen (a map's panes, a visually hidden
 * label) counts: only what a person could see matters.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) found.push(`document scrolls sideways: ${root.scrollWidth} > ${width}`);

    const pages = [...document.querySelectorAll('.ion-page:not(.ion-page-hidden)')].filter((p) => p.querySelector('[role="main"]'));
    const screen = pages[pages.length - 1];
    const scopes = [screen, document.querySelector('ion-tab-bar'), document.querySelector('ion-modal.show-modal')].filter(
      (scope): scope is Element => scope !== null && scope !== undefined,
    );

    const describe = (element: Element): string => {
      const id = element.getAttribute('data-testid') ?? element.id;
      const classes = [...element.classList].slice(0, 2).join('.');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${id ? `#${id}` : ''}${classes ? `.${classes}` : ''} "${text}"`;
    };
    // The visible part of a box after the clipping of its ancestors up to the scope (a page or the tab bar).
    // Ionic's own frame (ion-content, ion-toolbar …) is as wide as the viewport and clips: what it cuts off is
    // exactly what this looks for, so only our elements' clipping counts.
    const visibleSpan = (clippedBy: Element | null, rect: { left: number; right: number }, scope: Element) => {
      let { left, right } = rect;
      for (let parent = clippedBy; parent && parent !== scope; parent = parent.parentElement) {
        if (parent.tagName.startsWith('ION-')) continue;
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.clipPath !== 'none') {
          const box = parent.getBoundingClientRect();
          left = Math.max(left, box.left);
          right = Math.min(right, box.right);
        }
      }
      return { left, right };
    };
    const sticksOut = (span: { left: number; right: number }) => span.right - span.left > 0.5 && (span.left < -0.5 || span.right > width + 0.5);

    for (const scope of scopes) {
      for (const element of scope.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden' || style.display === 'contents') continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const span = visibleSpan(element.parentElement, rect, scope);
        if (sticksOut(span)) found.push(`${describe(element)}: ${Math.round(span.left)}…${Math.round(span.right)} of ${width}`);
      }
      // Text that overflows its own box (a long word) does not widen the box: check the text's own lines.
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !(node.textContent ?? '').trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          // A text's own element clips it too (overflow: hidden, a visually hidden label).
          const span = visibleSpan(parent, line, scope);
          if (sticksOut(span)) {
            found.push(`text in ${describe(parent)}: ${Math.round(span.left)}…${Math.round(span.right)} of ${width}`);
            break;
          }
        }
      }
    }
    return [...new Set(found)];
  });
}

/** At each reflow viewport: nothing sticks out sideways. Leaves the page at the first viewport. */
export async function expectNoHorizontalScrolling(page: Page, screen: string): Promise<void> {
  const original = page.viewportSize();
  for (const viewport of REFLOW_VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.clientWidth), { message: `viewport ${viewport.name} applied` })
      .toBe(viewport.width);
    // Layout follows the resize within a frame or two; ResizeObserver users (the maps) within the next ones.
    // The wait is bounded: once a CI run's Chromium produced no frame after a resize and the journey hung for six
    // minutes here. Measuring forces a layout anyway, and the poll below gives late observers their frames.
    const framed = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), 1_000);
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              clearTimeout(timer);
              resolve(true);
            }),
          );
        }),
    );
    if (!framed) console.warn(`${screen} at ${viewport.name}: no frame within 1 s of the resize; measuring anyway`);
    // The state after the resize is what a person sees; a box still moving in the frame after it is not overflow.
    await expect
      .poll(() => horizontalOverflow(page), { message: `${screen} at ${viewport.name} sticks out sideways`, timeout: 5_000 })
      .toEqual([]);
  }
  if (original) await page.setViewportSize(original);
}
