/** The element picker drawn over the tested tab (in each of its frames); runs inside the tab. */
import { describePick, type Picked } from './picked';

/** The picker's words on the page, in the studio's language (the tab has no messages of its own). */
export interface PickerStrings {
  hint: string;
}

/** Marks the picker's host on the page while it is open (tests wait for it). */
export const PICKER_ATTR = 'data-attune-picker';

/** Elements the keyboard steps through, in the page's order: where screens put their names. */
const STEPS =
  'h1,h2,h3,h4,[role=heading],[role=tab],[aria-current],legend,caption,th,label,button,a[href],[data-testid]';
const BOX =
  'position:fixed;pointer-events:none;z-index:2147483647;border:2px solid #b3261e;background:rgba(179,38,30,.12);border-radius:3px;display:none';
const BAR =
  'position:fixed;top:0;left:0;right:0;z-index:2147483647;pointer-events:none;padding:8px 12px;font:15px/1.4 system-ui,sans-serif;background:#1f1f1f;color:#fff;text-align:center';

let cancelOpen: (() => void) | null = null;

/** Closes the picker open in this document, if any (its pick resolves with null). */
export const cancelPicker = (): void => cancelOpen?.();

/**
 * Lets the trainer point at an element: hover highlights, a click picks, Esc cancels; Tab and
 * Shift+Tab step through the screen's labels and Enter picks one. Resolves with the pick (or null),
 * leaving the page as it was. Nothing is stored; the answer goes to the studio that asked. Opened
 * in every frame of the tab at once; only the top one (`bar`) shows the hint.
 */
export function startPicker(
  doc: Document,
  strings: PickerStrings,
  bar = true,
): Promise<Picked | null> {
  cancelOpen?.();
  // A built-in div, as the overlay's host: a page cannot define or upgrade it (components/overlay-host.ts).
  const host = doc.createElement('div');
  host.setAttribute(PICKER_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.style.cssText = BOX;
  const hint = doc.createElement('div');
  hint.style.cssText = BAR;
  hint.setAttribute('role', 'status');
  hint.textContent = strings.hint;
  root.append(box, ...(bar ? [hint] : []));
  doc.documentElement.append(host);
  let current: Element | null = null;
  let step = -1;

  const show = (el: Element | null) => {
    current = el;
    if (!el) {
      box.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left - 2}px`,
      top: `${r.top - 2}px`,
      width: `${r.width + 4}px`,
      height: `${r.height + 4}px`,
    });
  };
  // A frame's elements are picked inside it (the picker is open there too), not as a whole.
  const under = (e: MouseEvent) => {
    const el = doc.elementFromPoint(e.clientX, e.clientY);
    if (!el || el === host || el === doc.documentElement || el === doc.body) return null;
    return el.localName === 'iframe' || el.localName === 'frame' ? null : el;
  };

  return new Promise((resolve) => {
    const done = (picked: Picked | null) => {
      for (const [type, fn] of listeners) doc.defaultView?.removeEventListener(type, fn, true);
      host.remove();
      cancelOpen = null;
      resolve(picked);
    };
    const swallow = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' || (e.key === 'Enter' && current)) {
        swallow(e);
        done(e.key === 'Enter' && current ? describePick(current) : null);
        return;
      }
      if (e.key !== 'Tab') return;
      swallow(e);
      const steps = [...doc.querySelectorAll(STEPS)].filter(
        (el) => el.getBoundingClientRect().width > 0,
      );
      if (steps.length === 0) return;
      step = (step + (e.shiftKey ? -1 : 1) + steps.length) % steps.length;
      const el = steps[step] as Element;
      el.scrollIntoView({ block: 'center' });
      show(el);
    };
    const listeners: [string, EventListener][] = [
      ['mousemove', ((e: MouseEvent) => show(under(e))) as EventListener],
      // Off into another frame (or out of the window): this document's highlight goes.
      ['mouseout', ((e: MouseEvent) => e.relatedTarget || show(null)) as EventListener],
      [
        'click',
        ((e: MouseEvent) => {
          swallow(e);
          const el = under(e) ?? current;
          done(el ? describePick(el) : null);
        }) as EventListener,
      ],
      ['mousedown', swallow],
      ['mouseup', swallow],
      ['pointerdown', swallow],
      ['pointerup', swallow],
      ['keydown', onKey as EventListener],
    ];
    for (const [type, fn] of listeners) doc.defaultView?.addEventListener(type, fn, true);
    cancelOpen = () => done(null);
  });
}
