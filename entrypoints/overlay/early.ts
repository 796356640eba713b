/**
 * The user's first moves on a card painted from static markup, before its interactive part has
 * arrived (a few tens of milliseconds, or until the page is idle): each asks for that part at
 * once, and the clicks on controls and the focus moving in are kept and played back once it
 * renders, so nothing the user did is lost. A drag needs no wait: the overlay moves the card.
 */
export interface EarlyEvents {
  /** Plays back what was kept, on the elements the interactive part now owns. */
  replay: () => void;
  /** True while a kept click is played back: the overlay's guard lets that one through. */
  replaying: () => boolean;
}

/** A control the user can act on in the card. */
const CONTROL = 'button, input, summary, a[href]';

/**
 * Listens on `root` until `ready()` says the interactive part renders: `want` asks for it,
 * `drag` starts a drag from the card's header.
 */
export function earlyEvents(
  root: HTMLElement,
  ready: () => boolean,
  want: () => void,
  drag: (e: PointerEvent) => void,
): EarlyEvents {
  const kept: (() => void)[] = [];
  let replaying = false;
  const on = (e: Event) => {
    if (ready() || !e.isTrusted) return;
    want();
    const target = e.target as Element;
    if (e.type === 'pointerdown') {
      if (target.closest('header') && !target.closest('button')) drag(e as PointerEvent);
    } else if (e.type === 'focusin') {
      // The card gives the focus back to where it came from: it learns that from this event.
      const relatedTarget = (e as FocusEvent).relatedTarget;
      kept.push(() =>
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, relatedTarget })),
      );
    } else if (e.type === 'click') {
      const control = target.closest<HTMLElement>(CONTROL);
      if (!control) return;
      // Nothing happens yet (a checkbox would tick with no one to record it): played back later.
      e.preventDefault();
      e.stopImmediatePropagation();
      const id = control.getAttribute('data-testid');
      kept.push(() => {
        // The same element, reused by the render; else its namesake, if the render replaced it.
        const now = control.isConnected
          ? control
          : id && root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        if (!now) return;
        replaying = true;
        try {
          now.click();
        } finally {
          replaying = false;
        }
      });
    }
  };
  for (const type of ['pointerover', 'pointerdown', 'focusin', 'click', 'keydown'])
    root.addEventListener(type, on, true);
  return {
    replay: () => {
      for (const act of kept.splice(0)) act();
    },
    replaying: () => replaying,
  };
}
