/** Why a text is not JSON, in words the studio can translate. */
export type JsonErrorReason =
  | 'smart-quote'
  | 'single-quote'
  | 'trailing-comma'
  | 'unterminated'
  | 'control-character'
  | 'bad-escape'
  | 'end'
  | 'unexpected';

/** Where a text stops being JSON: the offset, its 1-based line and column, and why. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: JsonErrorReason;
  /** The character found there ('' at the end of the text). */
  found: string;
}

const SMART_DOUBLE = '“”„‟″';
const SMART_SINGLE = '‘’‚‛′';
const WS = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: JsonErrorReason,
  ) {
    super(reason);
  }
}

/** A small JSON reader that says where and why it stopped, the same in every browser. */
class Reader {
  i = 0;
  constructor(readonly s: string) {
    if (s.startsWith('\uFEFF')) this.i = 1;
  }
  ws(): void {
    while (this.i < this.s.length && WS.test(this.s[this.i] as string)) this.i++;
  }
  fail(at = this.i): never {
    const c = this.s[at];
    if (c === undefined) throw new Stop(at, 'end');
    if (SMART_DOUBLE.includes(c) || SMART_SINGLE.includes(c)) throw new Stop(at, 'smart-quote');
    if (c === "'") throw new Stop(at, 'single-quote');
    throw new Stop(at, 'unexpected');
  }
  value(): void {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') {
      this.object();
      return;
    }
    if (c === '[') {
      this.array();
      return;
    }
    if (c === '"') {
      this.string();
      return;
    }
    for (const word of ['true', 'false', 'null'])
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    NUMBER.lastIndex = this.i;
    if (NUMBER.exec(this.s)) {
      this.i = NUMBER.lastIndex;
      return;
    }
    this.fail();
  }
  /** After `open` and any members: a comma and another, or the close; a comma before the close is the classic slip. */
  members(close: string, member: () => void): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      member();
      this.ws();
      const c = this.s[this.i];
      if (c === close) {
        this.i++;
        return;
      }
      if (c !== ',') this.fail();
      const comma = this.i++;
      this.ws();
      if (this.s[this.i] === close) throw new Stop(comma, 'trailing-comma');
    }
  }
  object(): void {
    this.members('}', () => {
      this.ws();
      if (this.s[this.i] !== '"') this.fail();
      this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail();
      this.i++;
      this.value();
    });
  }
  array(): void {
    this.members(']', () => this.value());
  }
  string(): void {
    const start = this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) throw new Stop(start, 'unterminated');
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') throw new Stop(this.i, 'control-character');
      if (c === '\\') {
        const e = this.s[this.i + 1] ?? '';
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) this.i += 6;
        else if (e !== '' && '"\\/bfnrt'.includes(e)) this.i += 2;
        else throw new Stop(this.i, 'bad-escape');
      } else this.i++;
    }
  }
}

/** 1-based line and column of an offset (columns count UTF-16 units, as editors mostly do). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where `text` stops being JSON and why, or null when it is JSON. */
export function findJsonError(text: string): JsonSyntaxError | null {
  const r = new Reader(text);
  try {
    r.value();
    r.ws();
    if (r.i < text.length) r.fail();
    return null;
  } catch (e) {
    // A hostile nesting can overflow the stack: JSON.parse then decides, and names no place.
    if (!(e instanceof Stop)) return null;
    return {
      offset: e.offset,
      ...lineAndColumn(text, e.offset),
      reason: e.reason,
      found: text[e.offset] ?? '',
    };
  }
}

const closes = (text: string, at: number): boolean =>
  /^[ \t\r\n]*(?:[:,}\]]|$)/.test(text.slice(at, at + 64));

/**
 * Replaces the curly (and single) quotes a word processor put around keys and texts with JSON's
 * straight double quotes. Curly quotes inside a text stay: only a quote that opens where a value
 * or key starts, or closes right before `:`, `,`, `}` or `]`, is a delimiter.
 */
export function fixQuotes(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      // A straight-quoted string: copied as it is, escapes and all.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const family = SMART_DOUBLE.includes(c)
      ? SMART_DOUBLE
      : SMART_SINGLE.includes(c) || c === "'"
        ? `${SMART_SINGLE}'`
        : null;
    if (!family) {
      out += c;
      i++;
      continue;
    }
    out += '"';
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text[j] as string;
      if ((family.includes(d) || d === '"') && closes(text, j + 1)) break;
      if (d === '\n') break; // a text never spans lines in a pack file: stop at the line's end
      out += d === '"' ? '\\"' : d === '\\' ? '\\\\' : d;
    }
    out += '"';
    i = text[j] === '\n' ? j : j + 1;
  }
  return out;
}

/** Removes each comma that comes right before a `}` or `]` (outside strings). */
export function removeTrailingCommas(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === ',' && /^[ \t\r\n]*[}\]]/.test(text.slice(i + 1, i + 65))) {
      // dropped
    } else out += c;
  }
  return out;
}

/** Whether the studio can offer to repair the text: curly or single quotes, trailing commas. */
export const repairable = (e: JsonSyntaxError | null): boolean =>
  e !== null && ['smart-quote', 'single-quote', 'trailing-comma'].includes(e.reason);

/** The text with its quotes straightened and trailing commas removed. */
export function repairJson(text: string): string {
  return removeTrailingCommas(fixQuotes(text));
}
