import { renderToString } from 'preact-render-to-string';
import { App } from '../entrypoints/overlay/App';
import type { NudgeView } from '../utils/messages';
import type { CardNode } from './card-tree';

const nothing = () => {};

/**
 * The card's first paint, rendered where the nudge is prepared (the background): the clinical
 * page builds a small static tree instead of running Preact before the card can be seen. The
 * overlay's interactive part renders the same `App` over it later, reusing its elements
 * (docs/nudges.md, Performance). Preact's renderer escapes every text, and the tree keeps text as
 * text: a pack's words never become elements.
 */
export function cardTree(nudge: NudgeView): CardNode[] {
  const html = renderToString(
    <App
      nudge={nudge}
      onAction={nothing}
      onReason={nothing}
      onTick={nothing}
      onCopy={async () => false}
      onClose={nothing}
      onLayout={nothing}
      onDragStart={nothing}
      onToggleRequest={() => nothing}
    />,
  );
  return treeOf(html);
}

/** Elements with no end tag. */
const VOID = new Set(['input', 'br', 'hr', 'img', 'meta', 'link']);
/** A tag, an end tag, or text, in Preact's own output. */
const TOKEN = /<\/([\w-]+)>|<([\w-]+)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>|([^<]+)/g;
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g;
/** The only entities Preact's renderer writes (it escapes `&`, `<`, `>` and `"`). */
const ENTITY = /&(amp|lt|gt|quot|#39|#x27);/g;
const CHAR: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
};
const decode = (s: string) => s.replace(ENTITY, (_, name: string) => CHAR[name] ?? '');

/**
 * Preact's server markup as a tree. Not a general HTML parser (and not one from a library: a
 * well-kept one brings its entity tables, 50 KB more for the worker to evaluate on every wake):
 * it reads exactly what renderToString writes, well-formed and escaped.
 */
export function treeOf(html: string): CardNode[] {
  const root: Exclude<CardNode, string> = ['', {}];
  const open = [root];
  for (const [, end, tag, attrs, text] of html.matchAll(TOKEN)) {
    const parent = open.at(-1) ?? root;
    if (text !== undefined) parent.push(decode(text));
    else if (end !== undefined) open.pop();
    else if (tag !== undefined) {
      const map: Record<string, string> = {};
      for (const [, name, value] of (attrs ?? '').matchAll(ATTR))
        if (name) map[name] = decode(value ?? '');
      const el: Exclude<CardNode, string> = [tag, map];
      parent.push(el);
      if (!VOID.has(tag)) open.push(el);
    }
  }
  return root.slice(2) as CardNode[];
}
