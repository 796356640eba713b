// The studio edits a pack as plain JSON data: every change makes a new document (the old one is
// the undo history's and the version suggestion's), so these helpers never mutate.

/** A path into the document: object keys and list indexes. */
export type Path = readonly (string | number)[];

type Json = unknown;

const clone = (x: Json): Record<string, Json> | Json[] =>
  Array.isArray(x) ? [...x] : x !== null && typeof x === 'object' ? { ...(x as object) } : {};

/** The value at `path`, or undefined. */
export function getIn(doc: Json, path: Path): Json {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/**
 * A copy of `doc` with `value` at `path` (objects and lists made on the way). `undefined` removes
 * an object's field, so an optional field left empty disappears from the file.
 */
export function setIn(doc: Json, path: Path, value: Json): Json {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const copy = clone(doc) as Record<string | number, Json>;
  const next = setIn(copy[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy;
}

const listAt = (doc: Json, path: Path): Json[] => {
  const list = getIn(doc, path);
  return Array.isArray(list) ? [...list] : [];
};

/** A copy with `value` added at the end of the list at `path`. */
export function appendIn(doc: Json, path: Path, value: Json): Json {
  return setIn(doc, path, [...listAt(doc, path), value]);
}

/** A copy without entry `index` of the list at `path`. */
export function removeIn(doc: Json, path: Path, index: number): Json {
  const list = listAt(doc, path);
  list.splice(index, 1);
  return setIn(doc, path, list);
}

/** A copy with entry `from` of the list at `path` moved to `to` (clamped to the list). */
export function moveIn(doc: Json, path: Path, from: number, to: number): Json {
  const list = listAt(doc, path);
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return doc;
  const [entry] = list.splice(from, 1);
  list.splice(target, 0, entry);
  return setIn(doc, path, list);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The ids of the entries of the list at `path`. */
export function idsAt(doc: Json, path: Path): string[] {
  return listAt(doc, path)
    .map((e) => (e !== null && typeof e === 'object' ? (e as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string');
}

/**
 * A copy where a moment's id is `to`, and every prompt that listed the moment lists it by its
 * new id: renaming a moment in the form never leaves a prompt pointing at nothing.
 */
export function renameMoment(doc: Json, index: number, to: string): Json {
  const from = getIn(doc, ['moments', index, 'id']);
  let next = setIn(doc, ['moments', index, 'id'], to);
  if (typeof from !== 'string' || from === '') return next;
  for (const [i, prompt] of listAt(next, ['prompts']).entries()) {
    const moments = getIn(prompt, ['moments']);
    if (Array.isArray(moments) && moments.includes(from))
      next = setIn(
        next,
        ['prompts', i, 'moments'],
        moments.map((m) => (m === from ? to : m)),
      );
  }
  return next;
}

/**
 * A scale's labels for a new range, each label kept with its point: points added at either end
 * get an empty label (for the trainer to fill in), points dropped take their labels with them.
 */
export function rescaleLabels(
  labels: readonly Json[],
  fromMin: number,
  toMin: number,
  toMax: number,
): Json[] {
  const out: Json[] = [];
  for (let point = toMin; point <= toMax; point++) {
    const k = point - fromMin;
    out.push(k >= 0 && k < labels.length ? labels[k] : '');
  }
  return out;
}
