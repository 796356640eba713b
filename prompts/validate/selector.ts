import { parse, type Selector } from 'css-what';

// css-what accepts some jQuery extensions and stray text that browsers reject, so the parse is
// followed by the checks a browser's querySelector would make.
const PSEUDO_CLASSES = new Set(
  (
    'active any-link autofill checked default defined dir disabled empty enabled first-child ' +
    'first-of-type focus focus-visible focus-within fullscreen has hover in-range indeterminate ' +
    'invalid is lang last-child last-of-type link local-link modal not nth-child nth-last-child ' +
    'nth-last-of-type nth-of-type only-child only-of-type open optional out-of-range paused ' +
    'placeholder-shown playing popover-open read-only read-write required root scope target ' +
    'user-invalid user-valid valid visited where'
  ).split(' '),
);
const COMBINATORS = new Set(['child', 'descendant', 'sibling', 'adjacent', 'column-combinator']);
const NAME = /^[\p{L}\p{N}_-]+$/u;

function checkSequence(tokens: Selector[], relative: boolean): string | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return 'has an empty part';
  if (COMBINATORS.has(first.type) && !relative) return `starts with a combinator`;
  if (COMBINATORS.has(last.type)) return 'ends with a combinator';
  for (const t of tokens) {
    if (t.type === 'parent') return '"<" is not a CSS combinator';
    if (t.type === 'pseudo-element') return `pseudo-element ::${t.name} never matches an element`;
    if (t.type === 'tag' && !NAME.test(t.name)) return `"${t.name}" is not an element name`;
    if (t.type === 'pseudo') {
      if (!PSEUDO_CLASSES.has(t.name)) return `:${t.name} is not a standard pseudo-class`;
      if (Array.isArray(t.data)) {
        const inner = checkGroups(t.data, t.name === 'has');
        if (inner) return inner;
      }
    }
  }
  return null;
}

function checkGroups(groups: Selector[][], relative: boolean): string | null {
  for (const seq of groups) {
    const problem = checkSequence(seq, relative);
    if (problem) return problem;
  }
  return null;
}

/** Why `selector` is not a CSS selector a browser would accept, or null when it is fine. */
export function selectorProblem(selector: string): string | null {
  if (selector.trim() === '') return 'is not a CSS selector: it is empty';
  try {
    const problem = checkGroups(parse(selector), false);
    return problem ? `is not a valid CSS selector: ${problem}` : null;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // css-what names nothing when the selector simply stops, e.g. 'div['.
    return `is not a valid CSS selector: ${reason.replace(/found\s*$/, 'found the end of the selector')}`;
  }
}
