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

/** Gap between the card and the viewport edge, in pixels. */
export const MARGIN = 16;

/** Where a card of `size` sits in `corner` of a viewport of `view`. */
export function cornerRect(
  corner: Corner,
  size: { width: number; height: number },
  view: { width: number; height: number },
): Rect {
  const left = corner.endsWith('right') ? view.width - size.width - MARGIN : MARGIN;
  const top = corner.startsWith('bottom') ? view.height - size.height - MARGIN : MARGIN;
  return { left, top, width: size.width, height: size.height };
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/**
 * The corner where the card does not cover the field being typed into: the preferred corner when
 * it is clear, else the first clear one, else the preferred one (nothing better exists).
 */
export function pickCorner(
  preferred: Corner,
  size: { width: number; height: number },
  view: { width: number; height: number },
  focused: Rect | null,
): Corner {
  if (!focused) return preferred;
  const order = [preferred, ...CORNERS.filter((c) => c !== preferred)];
  return order.find((c) => !overlaps(cornerRect(c, size, view), focused)) ?? preferred;
}

/** The corner nearest to a point (where the user let go of a dragged card). */
export function nearestCorner(
  x: number,
  y: number,
  view: { width: number; height: number },
): Corner {
  const vertical = y < view.height / 2 ? 'top' : 'bottom';
  const horizontal = x < view.width / 2 ? 'left' : 'right';
  return `${vertical}-${horizontal}`;
}

/** A stored corner name, or the default when it is missing or not a corner. */
export function asCorner(value: string | null | undefined): Corner {
  return (CORNERS as readonly string[]).includes(value ?? '') ? (value as Corner) : 'bottom-right';
}
