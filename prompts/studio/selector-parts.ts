/**
 * The pieces a picked element's selector is built from: its own ids, data attributes, ARIA
 * naming and classes, each judged written by a person (kept) or generated (refused). Pure DOM.
 */
import { cssString } from './pick-state';

/** Data attributes worth most: written for tests and tools, so they outlive restyling. */
const DATA_FIRST = ['data-testid', 'data-test', 'data-qa', 'data-cy', 'data-id'];
/** Framework attributes that say nothing about what an element is, and ones that hold its state. */
const DATA_NEVER =
  /^data-(v-|reactid|reactroot|react-|styled|emotion|aria-|wxt|state$|selected$|active$|current$)/;
/** Classes naming a state ("active", "is-selected", "tab--current"): they move with the selection. */
const STATE_CLASS = /(^|[-_])(active|selected|current|checked|expanded|open|focused|hover)$/i;
/** ARIA and form attributes that name what an element is (not its state, which changes). */
const NAMING = ['role', 'name', 'aria-label', 'aria-controls', 'aria-labelledby', 'for', 'type'];
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
/** An element's tag name, as a selector writes it. */
export const tagOf = (el: Element) => el.localName;

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

/** A selector built with a tag and classes ("div.pane-head"). */
export const classed = (s: string) => /^[a-z][\w-]*\./i.test(s);
