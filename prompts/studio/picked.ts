/**
 * What the studio learns of an element in the tested tab: a picked one's selector and words, or
 * what a typed selector finds. Pure DOM; runs inside the tab (entrypoints/picker.ts).
 */
import type { PickState } from './pick-state';
import { type PickedSelector, selectorFor, typedSelector } from './selector';
import { matchesOnly } from './selector-parts';

/**
 * What the trainer picked: a selector for it and its words, shown in the studio only. `unique`:
 * the selector matches it alone now (a tab that is not selected now matches only once it is).
 */
export interface Picked extends PickedSelector {
  unique: boolean;
  words: string;
  /** Set by the studio: the frame it was picked in (0: the tab's top frame), and its host if not 0. */
  frameId?: number;
  frame?: string;
}

/** Words longer than this are cut: a keyword is a label, not a paragraph. */
const MAX_WORDS = 60;

/** An element's words, spaces collapsed, cut at a word boundary. */
export function wordsOf(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_WORDS) return text;
  const cut = text.slice(0, MAX_WORDS);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trim();
}

/** What the studio learns of a picked element. */
export function describePick(el: Element): Picked | null {
  const s = selectorFor(el);
  if (!s) return null;
  return { ...s, unique: matchesOnly(el, s.selector), words: wordsOf(el) };
}

/** What checking a typed selector on the page found (see {@link checkSelector}). */
export interface SelectorFound {
  count: number;
  words: string;
  place?: PickState['place'];
  state?: PickState;
  /** The selector as it would be added, when it differs from the one typed (a tab's selection). */
  selector?: string;
}

/**
 * A typed selector checked as a picked one is: made to hold a tab's selection or an item's
 * aria-current (typedSelector), how many elements it then matches, the words of the first element
 * typed, and where a moment's keywords must look to read them; null: not CSS.
 */
export function checkSelector(doc: Document, typed: string): SelectorFound | null {
  const made = typedSelector(doc, typed);
  if (!made) return null;
  const first = doc.querySelector(typed.trim());
  let count = 0;
  try {
    count = doc.querySelectorAll(made.selector).length;
  } catch {
    return null; // a selector the page's engine cannot combine (no :is()): said as not CSS
  }
  const { state, selector } = made;
  return {
    count,
    words: first ? wordsOf(first) : '',
    ...(state?.place ? { place: state.place } : {}),
    ...(state ? { state } : {}),
    ...(selector !== typed ? { selector } : {}),
  };
}
