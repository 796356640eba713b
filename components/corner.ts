/** A corner of the viewport the card can sit in. */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Corners in order of preference: bottom first, where EHR screens rarely put input fields. */
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/** A rectangle in viewport pixels. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

type Size = { width: number; height: number };

/** Gap between the card and the viewport edge, in pixels. */
export const MARGIN = 16;

/** Where a card of `size` sits in `corner` of a viewport of `view`. */
export function cornerRect(corner: Corner, size: Size, view: Size): Rect {
  const left = corner.endsWith('right') ? view.width - size.width - MARGIN : MARGIN;
  const top = corner.startsWith('bottom') ? view.height - size.height - MARGIN : MARGIN;
  return { left, top, width: size.width, height: size.height };
}

/** The area two rectangles share (0 when they do not overlap). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Where the card goes, and whether it is clear there of everything it must not cover. */
export interface Placement {
  corner: Corner;
  clear: boolean;
}

/**
 * The least-covering corner for a card of `size` (its host box; the visible card is `inset`
 * pixels inside it): the preferred corner when it covers none of `obstacles` (the field being
 * typed into, the selected text), else the first corner that covers none, else the one that
 * covers the least area of them, reported not clear (the card should fold to its pill).
 */
export function pickCorner(
  preferred: Corner,
  size: Size,
  view: Size,
  obstacles: readonly Rect[],
  inset = 0,
): Placement {
  let best: Placement = { corner: preferred, clear: false };
  let least = Number.POSITIVE_INFINITY;
  for (const corner of [preferred, ...CORNERS.filter((c) => c !== preferred)]) {
    const box = cornerRect(corner, size, view);
    const card = {
      left: box.left + inset,
      top: box.top + inset,
      width: Math.max(0, box.width - 2 * inset),
      height: Math.max(0, box.height - 2 * inset),
    };
    const covered = obstacles.reduce((sum, o) => sum + overlapArea(card, o), 0);
    if (covered === 0) return { corner, clear: true };
    if (covered < least) [best, least] = [{ corner, clear: false }, covered];
  }
  return best;
}

/** Input types that take no typing: the card may sit over them. */
const NOT_TYPED = /^(button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/;
/** A selection spread over more lines than this is kept to its first lines' boxes. */
const MAX_SELECTION_BOXES = 40;

/** The element that has focus, looking into open shadow roots (not into frames). */
function focusedIn(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The field being typed into (input, textarea, select, contenteditable), if any. */
export function typingField(doc: Document, host: Element): HTMLElement | null {
  const el = focusedIn(doc) as HTMLElement | null;
  if (!el || el === doc.body || el === host || host.contains(el)) return null;
  if (el.isContentEditable || el.matches('textarea, select')) return el;
  return el.matches('input') && !NOT_TYPED.test((el as HTMLInputElement).type) ? el : null;
}

/**
 * What the card must not cover on `doc`: the box of the field being typed into and the boxes of
 * the page's selected text (never the card's own). Reads layout only when there is such a field
 * or selection.
 */
export function obstaclesIn(doc: Document, host: Element): Rect[] {
  const found: Rect[] = [];
  const field = typingField(doc, host);
  if (field) found.push(field.getBoundingClientRect());
  // Inside an input or textarea the document's selection says nothing useful: the field covers it.
  const selection = field?.matches('input, textarea') ? null : doc.getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (!range.intersectsNode(host)) {
      const boxes = Array.from(range.getClientRects()).slice(0, MAX_SELECTION_BOXES);
      found.push(...boxes.filter((r) => r.width > 0 && r.height > 0));
    }
  }
  return found;
}

/** The corner nearest to a point (where the user let go of a dragged card). */
export function nearestCorner(x: number, y: number, view: Size): Corner {
  const vertical = y < view.height / 2 ? 'top' : 'bottom';
  const horizontal = x < view.width / 2 ? 'left' : 'right';
  return `${vertical}-${horizontal}`;
}

/** A stored corner name, or the default when it is missing or not a corner. */
export function asCorner(value: string | null | undefined): Corner {
  return (CORNERS as readonly string[]).includes(value ?? '') ? (value as Corner) : 'bottom-right';
}
