import { arr, obj, str } from '../validate/loose';

/** What a part of the pack is, as a trainer sees it in the studio's forms. */
export type SubjectKind = 'moment' | 'prompt' | 'ratingItem' | 'checklistItem' | 'sequence';

/** One entry of a list the trainer edits, named by what they typed (or null when blank). */
export interface Subject {
  kind: SubjectKind;
  /** 0-based position in its list. */
  index: number;
  name: string | null;
}

/**
 * A JSON Pointer read as a trainer would say it: the entries it goes through (a prompt, then one
 * of its checklist items), the field (`seconds`, `keywords`, `author.name`), and which entry of a
 * list field (the third keyword). `field` null is the entry (or the whole pack) itself.
 */
export interface PathLabel {
  subjects: Subject[];
  field: string | null;
  /** 0-based position inside a list field (a keyword, a label, a moment id). */
  entry: number | null;
}

const LISTS: Record<string, SubjectKind> = {
  moments: 'moment',
  prompts: 'prompt',
  ratingItems: 'ratingItem',
  sequences: 'sequence',
};

/** Fields whose value is a list of entries shown one per row; the next segment is the row. */
const LIST_FIELDS = new Set([
  'urlPatterns',
  'keywords',
  'selectors',
  'moments',
  'labels',
  'sites',
  'steps',
]);
/** Objects whose fields are named with their parent's (author.name, scale.max). */
const GROUPS = new Set(['author', 'scale', 'signature', 'triggers', 'replaces']);

const MAX_NAME = 48;

/** The name a trainer gave an entry: its title, name or text, shortened; null when blank. */
function nameOf(kind: SubjectKind, entry: unknown): string | null {
  const o = obj(entry);
  // A blank title, name or text falls back to the id: still what the trainer typed.
  const raw =
    kind === 'prompt' || kind === 'sequence'
      ? str(o?.title)?.trim() || str(o?.id)
      : kind === 'moment'
        ? str(o?.name)?.trim() || str(o?.id)
        : str(o?.text)?.trim() || str(o?.id);
  const name = raw?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

/** The segments of a JSON Pointer, unescaped (RFC 6901). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

const isIndex = (s: string | undefined): s is string => s !== undefined && /^\d+$/.test(s);

/** Reads a problem's JSON Pointer against the pack it was found in, as a trainer would say it. */
export function describePath(pack: unknown, pointer: string): PathLabel {
  const segments = pointerSegments(pointer);
  const subjects: Subject[] = [];
  let node: unknown = pack;
  let i = 0;
  const list = segments[0] !== undefined ? LISTS[segments[0]] : undefined;
  if (list && isIndex(segments[1])) {
    const index = Number(segments[1]);
    node = arr(obj(pack)?.[segments[0] as string])[index];
    subjects.push({ kind: list, index, name: nameOf(list, node) });
    i = 2;
    if (list === 'prompt' && segments[2] === 'items' && isIndex(segments[3])) {
      const item = Number(segments[3]);
      node = arr(obj(node)?.items)[item];
      subjects.push({ kind: 'checklistItem', index: item, name: nameOf('checklistItem', node) });
      i = 4;
    }
  }
  const rest = segments.slice(i);
  // A sequence's prompts are its steps, as the form shows them ("step 3").
  if (list === 'sequence' && rest[0] === 'prompts') rest[0] = 'steps';
  if (rest.length === 0) return { subjects, field: null, entry: null };
  const parts: string[] = [];
  let entry: number | null = null;
  for (const [k, s] of rest.entries()) {
    const prev = rest[k - 1];
    if (isIndex(s) && prev !== undefined && LIST_FIELDS.has(prev)) {
      entry = Number(s);
      break;
    }
    parts.push(s);
    if (!GROUPS.has(s)) {
      // A group's own field follows it (author.name); anything else ends the field's name.
      const next = rest[k + 1];
      if (!(isIndex(next) && LIST_FIELDS.has(s))) break;
    }
  }
  // `triggers.keywords` reads as "keywords": a moment's triggers are its only lists.
  const field = parts.filter((p) => p !== 'triggers').join('.') || 'triggers';
  return { subjects, field, entry };
}
