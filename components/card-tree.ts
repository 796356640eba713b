// The card's first paint as a tree of plain data: elements as [tag, attributes, ...children],
// text as strings. The background makes it (components/card-markup.tsx); the overlay builds it
// with createElement and text nodes, so no string is ever parsed as HTML on the clinical page.

/** One node of the card's static tree. */
export type CardNode = string | [tag: string, attrs: Record<string, string>, ...kids: CardNode[]];

/** The elements the card is made of: anything else in a tree is left out, with its content. */
const TAGS = new Set(
  'section header footer div span p h2 button mark ul li label input fieldset legend'.split(' '),
);

/**
 * Builds `node` in `doc`. Attributes that could run code (`on…`, `href`, `src`, `style`) are never
 * set, nor are elements outside the card's own kinds: the tree comes from the background's
 * renderer, and this keeps it to inert markup even if it did not.
 */
export function buildCard(doc: Document, node: CardNode): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const [tag, attrs, ...kids] = node;
  if (!TAGS.has(tag)) return doc.createTextNode('');
  const el = doc.createElement(tag);
  for (const name in attrs)
    if (!/^(on|href$|src$|style$|xlink)/i.test(name)) el.setAttribute(name, attrs[name] as string);
  for (const kid of kids) el.append(buildCard(doc, kid));
  return el;
}
