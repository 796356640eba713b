/**
 * The overlay's host on a clinical page (entrypoints/overlay/): a built-in `div`, which a page can
 * neither define nor upgrade (a custom-element name could be defined by the page first, which
 * then owned the element and, through `attachInternals()`, its closed shadow root), marked with
 * this attribute. The watcher ignores it; tests find the card through it.
 */
export const OVERLAY_ATTR = 'data-attune-overlay';

/** Finds the overlay's host (the test contract, docs/testing.md). */
export const OVERLAY_SELECTOR = `div[${OVERLAY_ATTR}]`;

/** True for the overlay's host element. */
export const isOverlayHost = (el: Element): boolean =>
  el.localName === 'div' && el.hasAttribute(OVERLAY_ATTR);

/**
 * Events that work the card's controls. Only the user's own (`isTrusted`) reach them: a page's
 * script that dispatches one, or calls `.click()`, is stopped before any handler runs, and its
 * default action (a checkbox ticking) is cancelled.
 */
const CONTROL_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
] as const;

/**
 * Stops every untrusted control event at `root` (capture phase), before it reaches a control.
 * `allow` lets through the overlay's own play-back of a click the user made (entrypoints/overlay/
 * early.ts), which the browser marks untrusted like any script's.
 */
export function blockUntrusted(root: EventTarget, allow: () => boolean = () => false): void {
  const stop = (e: Event) => {
    if (e.isTrusted || allow()) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of CONTROL_EVENTS) root.addEventListener(type, stop, true);
}

/** Events that act on a control with the pointer: refused while the card is hidden. */
const POINTER_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
] as const;

/**
 * Stops every pointer event at `root` (capture phase) while `visible()` says the card cannot be
 * seen: a page that covers the card with a look-alike of its own, letting clicks through to the
 * card below, gets no click on a control the user could not see.
 */
export function blockWhileHidden(root: EventTarget, visible: () => boolean): void {
  const stop = (e: Event) => {
    if (visible()) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of POINTER_EVENTS) root.addEventListener(type, stop, true);
}

/** Intersection Observer v2 (Chromium): the browser also reports whether anything hides the target. */
interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility?: boolean;
  delay?: number;
}
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** True when the whole target lies in the viewport (or fills it, when it is the larger). */
const whole = ({
  boundingClientRect: box,
  intersectionRect: seen,
  rootBounds,
}: VisibilityEntry) => {
  const view = rootBounds ?? box;
  return (
    box.width > 0 &&
    box.height > 0 &&
    seen.width >= Math.min(box.width, view.width) - 1 &&
    seen.height >= Math.min(box.height, view.height) - 1
  );
};

/** What `watchOnScreen` hands back: whether the card can be seen now, and a stop function. */
export interface ScreenWatch {
  visible: () => boolean;
  stop: () => void;
}

/**
 * Calls `onScreen` once, the first time `el` is laid out whole inside the viewport and, where the
 * browser can tell (Chromium's `isVisible`), nothing covers it, fades it or transforms it: a
 * sliver at the edge or a card under the page's own popover is not "shown". Reported after the
 * browser's rendering, without forcing the page's layout. `visible()` is the latest such report
 * (true until the first, and where the browser cannot tell).
 */
export function watchOnScreen(el: Element, onScreen: () => void): ScreenWatch {
  let visible = true;
  let shown = false;
  const init: VisibilityInit = { threshold: [0, 0.99], trackVisibility: true, delay: 100 };
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1] as VisibilityEntry | undefined;
    if (!entry) return;
    visible = entry.isVisible !== false;
    if (shown || !visible || !entry.isIntersecting || !whole(entry)) return;
    shown = true;
    onScreen();
  }, init);
  observer.observe(el);
  return { visible: () => visible, stop: () => observer.disconnect() };
}
