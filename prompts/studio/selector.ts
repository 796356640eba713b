/**
 * Builds a CSS selector for an element a trainer picked on a page: one a later visit of the same
 * screen still matches. Ids, data attributes and ARIA come before classes (a page's classes change
 * with every release of its styling), auto-generated ids and classes are never used, and the result
 * is checked to match exactly the picked element. Pure DOM: it takes the element it reads.
 */
import { cssString, type PickState, stateHolder, stateOf } from './pick-state';

export type { PickState };

/** A selector for a picked element, and whether it had to fall back on the element's position. */
export interface PickedSelector {
  selector: string;
  /** True when only a position (`:nth-of-type`) made it unique: it may break when the page changes. */
  fragile: boolean;
  /** Set when the element is (or is inside) a tab or a current navigation item: see {@link PickState}. */
  state?: PickState;
}

/** Data attributes worth most: written for tests and tools, so they outlive restyling. */
const DATA_FIRST = ['data-testid', 'data-test', 'data-qa', 'data-cy', 'data-id'];
/** Framework attributes that say nothing about what an element is, and ones that hold its state. */
const DATA_NEVER =
  /^data-(v-|reactid|reactroot|react-|styled|emotion|aria-|wxt|state$|selected$|active$|current$)/;
/** Classes naming a state ("active", "is-selected", "tab--current"): they move with the selection. */
const STATE_CLASS = /(^|[-_])(active|selected|current|checked|expanded|open|focused|hover)$/i;
/** ARIA and form attributes that name what an element is (not its state, which changes). */
const NAMING = ['role', 'name', 'aria-label', 'aria-controls', 'aria-labelledby', 'for', 'type'];
/** How far up the tree an anchor for a non-unique element is looked for. */
const MAX_DEPTH = 5;

/**
 * Whether an id, class or attribute value looks written by a person rather than generated: no
 * run of four digits, no hash-like word mixing letters and digits, no React/Ember-style ids.
 */
export function isStableToken(token: string): boolean {
  if (token === '' || token.length > 60) return false;
  if (/\d{4,}/.test(token) || /^\d/.test(token)) return false;
  // Framework-made ids and CSS-in-JS classes (emotion's css-, styled-components' sc-, styled-jsx).
  if (
    /[:{}]/.test(token) ||
    /^(ember|ext-gen|yui_|react-|mui-|radix-|headlessui-|css-|sc-|jsx-)/i.test(token)
  )
    return false;
  return token.split(/[-_.\s]+/).every((part) => {
    const mixes = /\d/.test(part) && /[a-z]/i.test(part);
    // "x7k2q9", "1a2b3c": a word with digits among letters beyond a short suffix ("tab2").
    if (mixes && !/^[a-z]+\d{1,2}$/i.test(part)) return false;
    // Hashes styled with both cases: "sc-bdVaJa", "jsx-AbCdEf".
    return !/[a-z][A-Z][a-z]*[A-Z]/.test(part) || part.length < 5;
  });
}

const escapeIdent = (s: string) =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, '\\$&');
const tagOf = (el: Element) => el.localName;

/** Whether a selector matches exactly this element in its document. */
export function matchesOnly(el: Element, selector: string): boolean {
  try {
    const found = el.ownerDocument.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** The element's own selectors, best first: id, data attributes, ARIA naming, then classes. */
export function ownSelectors(el: Element): string[] {
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && isStableToken(id)) out.push(`#${escapeIdent(id)}`);
  const data = [...el.attributes]
    .filter((a) => a.name.startsWith('data-') && !DATA_NEVER.test(a.name))
    .sort((a, b) => rank(a.name) - rank(b.name));
  for (const a of data)
    if (a.value === '' ? true : isStableToken(a.value))
      out.push(a.value === '' ? `[${a.name}]` : `[${a.name}=${cssString(a.value)}]`);
  const named = NAMING.flatMap((name) => {
    const value = el.getAttribute(name);
    return value && value.length <= 60 && (name.startsWith('aria-l') || isStableToken(value))
      ? [`[${name}=${cssString(value)}]`]
      : [];
  });
  const role = named.find((s) => s.startsWith('[role='));
  for (const s of named) out.push(role && s !== role ? `${role}${s}` : s);
  const classes = [...el.classList]
    .filter((c) => isStableToken(c) && !STATE_CLASS.test(c))
    .slice(0, 2);
  if (classes.length) out.push(`${tagOf(el)}${classes.map((c) => `.${escapeIdent(c)}`).join('')}`);
  out.push(tagOf(el));
  return out;
}

function rank(name: string): number {
  const at = DATA_FIRST.indexOf(name);
  return at < 0 ? DATA_FIRST.length : at;
}

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

/** A selector built with a tag and classes ("div.pane-head"). */
const classed = (s: string) => /^[a-z][\w-]*\./i.test(s);

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
