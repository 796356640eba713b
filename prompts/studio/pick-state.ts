/**
 * A tab's selection and a navigation item's aria-current say which screen is showing. A selector
 * for a tab label must match only while that tab is selected: the tab strip, and so the label, is
 * on the page whichever of its screens is open. Pure DOM, as the selector generator.
 */

/** The state of a picked tab or current item, as the studio tells the trainer. */
export interface PickState {
  /** Selected (a tab, or anything with aria-selected) or current (aria-current). */
  kind: 'selected' | 'current';
  /** Whether it is selected or current now (when not, its selector matches nothing until it is). */
  now: boolean;
  /** Where a moment's keywords must look to read its label (keywordsIn), if anywhere. */
  place?: 'tabs' | 'current';
}

/** A tab, an element with aria-selected, or an aria-current item (not a date picker's today). */
const STATEFUL =
  '[role=tab],[aria-selected],[aria-current]:not([aria-current=date],[aria-current=time])';

/** A CSS string literal of `value`. */
export const cssString = (value: string) =>
  `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/** The tab or current item the element is, or is inside; null for neither. */
export function stateHolder(el: Element): Element | null {
  return el.closest(STATEFUL);
}

/** The holder's state, and what its selector adds so that it matches only in that state. */
export function stateOf(holder: Element): PickState & { css: string } {
  const tab = holder.getAttribute('role') === 'tab';
  if (tab || holder.hasAttribute('aria-selected'))
    return {
      kind: 'selected',
      css: '[aria-selected="true"]',
      now: holder.getAttribute('aria-selected') === 'true',
      ...(tab ? { place: 'tabs' as const } : {}),
    };
  const value = holder.getAttribute('aria-current') ?? '';
  // aria-current="false" (or empty) is an item that is not current now: any value will do later.
  const off = value === '' || value === 'false';
  return {
    kind: 'current',
    css: off ? ':not([aria-current="false"])[aria-current]' : `[aria-current=${cssString(value)}]`,
    now: !off,
    place: 'current',
  };
}
