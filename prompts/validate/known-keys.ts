// Valibot's issue for an unknown key names the key, not the fields the object allows: those are
// read from the schema itself, walked along the path.

interface SchemaNode {
  entries?: Record<string, SchemaNode>;
  options?: readonly unknown[];
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

const unwrap = (node: SchemaNode | undefined): SchemaNode | undefined => {
  let n = node;
  while (n?.wrapped) n = n.wrapped; // optional(), nullable() and friends
  return n;
};

function nodeAt(schema: unknown, path: readonly unknown[]): SchemaNode | undefined {
  let node = unwrap(schema as SchemaNode);
  for (const key of path) {
    if (!node) return undefined;
    node = unwrap(typeof key === 'number' ? node.item : node.entries?.[String(key)]);
  }
  return node;
}

/** The field names an object schema allows at `path` (keys and list indexes), or []. */
export function knownKeysAt(schema: unknown, path: readonly unknown[]): string[] {
  const entries = nodeAt(schema, path)?.entries;
  return entries ? Object.keys(entries) : [];
}

/** The values a picklist schema allows at `path` (a prompt's kinds), or []. */
export function optionsAt(schema: unknown, path: readonly unknown[]): string[] {
  return (nodeAt(schema, path)?.options ?? []).filter((o): o is string => typeof o === 'string');
}
