/**
 * Builds a CSS selector for an element a trainer picked on a page: one a later visit of the same
 * screen still matches. Ids, data attributes and ARIA come before classes (a page's classes change
 * with every release of its styling), auto-generated ids and classes are never used, and the result
 * is checked to match exactly the picked element. Pure DOM: it takes the element it reads.
 */
import { type PickState, stateHolder, stateOf } from './pick-state';
import { classed, matchesOnly, ownSelectors, tagOf } from './selector-parts';

export type { PickState };

/** A selector for a picked element, and whether it had to fall back on the element's position. */
export interface PickedSelector {
  selector: string;
  /** True when only a position (`:nth-of-type`) made it unique: it may break when the page changes. */
  fragile: boolean;
  /** Set when the element is (or is inside) a tab or a current navigation item: see {@link PickState}. */
  state?: PickState;
}

/** How far up the tree an anchor for a non-unique element is looked for. */
const MAX_DEPTH = 5;

/**
 * An ancestor's unique selector made of an id, data or ARIA attribute only: a class (restyled
 * away) or a bare tag ("main") would make every selector built under it as fragile as itself.
 */
const anchorOf = (el: Element) =>
  ownSelectors(el).find((s) => /^[#[]/.test(s) && matchesOnly(el, s));

/**
 * A robust selector for `el`, checked to match it alone; null for an element no selector can
 * single out (the root, or one outside a document). For a tab or a current item (or an element
 * inside one) it matches only while that tab is selected or that item current.
 */
export function selectorFor(el: Element): PickedSelector | null {
  const holder = stateHolder(el);
  const base = holder && plainSelectorFor(holder);
  if (!holder || !base) return plainSelectorFor(el);
  const { css, ...state } = stateOf(holder);
  // The state goes on the holder's own compound (the selector's last): `[data-view="x"][aria-selected="true"]`.
  const at = `${base.selector}${css}`;
  if (holder === el) return { selector: at, fragile: base.fragile, state };
  const inner = innerOf(el, holder, base.selector);
  return { selector: `${at} ${inner.selector}`, fragile: base.fragile || inner.fragile, state };
}

/** A selector for `el` under its holder's (stateless) selector: its own, else its path below it. */
function innerOf(el: Element, holder: Element, above: string): PickedSelector {
  const own = ownSelectors(el);
  const found = [...own.filter((s) => !classed(s)), ...own.filter(classed)].find((s) =>
    matchesOnly(el, `${above} ${s}`),
  );
  if (found) return { selector: found, fragile: false };
  const steps: string[] = [];
  for (let at: Element | null = el; at && at !== holder; at = at.parentElement) {
    const tag = tagOf(at);
    const same = [...(at.parentElement?.children ?? [])].filter((c) => tagOf(c) === tag);
    steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(at) + 1})` : tag);
  }
  return { selector: `> ${steps.join(' > ')}`, fragile: true };
}

/** {@link selectorFor} without regard to a tab's or item's state. */
function plainSelectorFor(el: Element): PickedSelector | null {
  if (!el.ownerDocument || el === el.ownerDocument.documentElement) return null;
  // Classes come last, even after a named ancestor: a restyle renames them, not the attributes.
  const own = ownSelectors(el);
  const plain = own.filter((s) => !classed(s));
  const styled = own.filter(classed);
  const attempts: (() => string | undefined)[] = [
    () => plain.find((s) => s !== tagOf(el) && matchesOnly(el, s)),
    () => underAnchor(el, plain),
    () => styled.find((s) => matchesOnly(el, s)),
    () => underAnchor(el, styled),
  ];
  for (const attempt of attempts) {
    const selector = attempt();
    if (selector) return { selector, fragile: false };
  }
  return { selector: positional(el), fragile: true };
}

/** The first of `mine` that, under one of the nearest named ancestors, matches `el` alone. */
function underAnchor(el: Element, mine: readonly string[]): string | undefined {
  let ancestor = el.parentElement;
  for (let depth = 0; ancestor && depth < MAX_DEPTH; depth++, ancestor = ancestor.parentElement) {
    const anchor = anchorOf(ancestor);
    if (!anchor) continue;
    for (const s of mine) {
      const joined = `${anchor} ${s}`;
      if (matchesOnly(el, joined)) return joined;
    }
  }
  return undefined;
}

/** The last resort: the element's position under its nearest uniquely named ancestor. */
function positional(el: Element): string {
  const steps: string[] = [];
  let at: Element | null = el;
  while (at?.parentElement && at !== el.ownerDocument.body) {
    const anchor = steps.length > 0 ? anchorOf(at) : undefined;
    if (anchor) return [anchor, ...steps].join(' > ');
    const tag = tagOf(at);
    const same = [...at.parentElement.children].filter((c) => tagOf(c) === tag);
    steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(at) + 1})` : tag);
    at = at.parentElement;
  }
  return [tagOf(at ?? el), ...steps].join(' > ');
}

/** A typed selector as it is added to a moment, and the state it then depends on. */
export interface TypedSelector {
  selector: string;
  state?: PickState;
}

/**
 * A typed selector made to match as a picked one does: when the first element it finds is (or is
 * inside) a tab or a current item, only while that tab is selected or that item current. One that
 * already names a selection or aria-current is kept as typed. Null: not CSS.
 */
export function typedSelector(doc: Document, typed: string): TypedSelector | null {
  const selector = typed.trim();
  let first: Element | null;
  try {
    first = doc.querySelector(selector);
  } catch {
    return null;
  }
  const holder = first && stateHolder(first);
  if (!first || !holder) return { selector };
  const { css, ...state } = stateOf(holder);
  if (/aria-(selected|current)/.test(selector)) return { selector, state };
  // A list ("a, b") is one selector only inside :is(); so is a chain under the holder's selector.
  if (holder === first)
    return { selector: `${selector.includes(',') ? `:is(${selector})` : selector}${css}`, state };
  const base = plainSelectorFor(holder);
  if (!base) return { selector, state };
  const inner = /[\s>+~,]/.test(selector) ? `:is(${selector})` : selector;
  return { selector: `${base.selector}${css} ${inner}`, state };
}
