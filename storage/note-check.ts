// Finds text in a private note that looks like a patient identifier. Pure: no storage, no DOM.
// It errs on the side of warning (the user may still save), but leaves clinical shorthand such as
// "5 min", "2 of 3", "120/80" or "7/10" alone so the warning keeps its meaning.

/** What an identifier-like span looks like. */
export type IdentifierKind = 'date' | 'email' | 'phone' | 'national-id' | 'record-number' | 'name';

/** One identifier-like span of the note: `note.slice(start, end) === text`. */
export interface IdentifierSpan {
  start: number;
  end: number;
  kind: IdentifierKind;
  text: string;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const TITLES = '(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Srta|Dra|Dña|Doña|Don)';
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*";

// Order is priority: a span found by an earlier rule wins over an overlapping later one.
const RULES: readonly [IdentifierKind, RegExp][] = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  // Keyword-led: "DOB 3/4/56", "born 12 March 1950", "MRN: A-12345".
  [
    'date',
    new RegExp(
      `\\b(?:dob|d\\.o\\.b\\.?|date of birth|born(?: on)?)\\s*[:-]?\\s*(?:${DAY}\\s+${MONTH},?\\s+\\d{2,4}|${MONTH}\\s+${DAY},?\\s+\\d{2,4}|\\d{1,4}(?:[/.-]\\d{1,4}){1,2}|\\d{4})`,
      'gi',
    ),
  ],
  [
    'record-number',
    /\b(?:mrn|mr#|hospital (?:no|number)|patient id|chi|nhs(?: no| number)?)\b\.?\s*[:#]?\s*[A-Z0-9][A-Z0-9 -]{3,}[0-9]/gi,
  ],
  ['national-id', /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g], // US SSN
  ['national-id', /(?<![\w-])\d{3}-\d{3}-\d{3}(?![\w-])/g], // Canadian SIN
  ['national-id', /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g], // UK NI number
  [
    'date',
    new RegExp(
      `\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|${DAY}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4})(?![\\w/.-]*\\d)`,
      'gi',
    ),
  ],
  ['phone', /(?<![\w/])\+?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,16}\d(?![\w/])/g],
  ['record-number', /\b[A-Z]{0,3}\d{6,}\b/g],
  // A title and a capitalised name, flagged from its first capital so the warning shows as it is
  // typed: "Mrs Orsgaard-Nyembe", "Mr O'Neill", "Dr Ábalos", "Sra. García López". Any script's
  // capitals, apostrophes straight or curly; the title is case-sensitive ("ms of silence").
  [
    'name',
    new RegExp(`(?<![\\p{L}\\p{N}_])${TITLES}\\.?\\s+${NAME}(?:\\s+${NAME}[\\p{L}\\p{M}])?`, 'gu'),
  ],
];

/** A run of digits and separators is a phone number only with enough digits in phone groups. */
function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  if (/^\d{3}[-.]\d{4}$/.test(text)) return true; // local 555-0134
  if (digits < 9 || digits > 13) return false;
  // Bare 9+ digit runs are record numbers; a phone has groups or a leading + or 0.
  return /[\s.()-]/.test(text) || text.startsWith('+') || text.startsWith('0');
}

/** A UK NHS number: ten digits whose last is the modulus-11 check digit. */
export function isNhsNumber(text: string): boolean {
  const d = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const sum = [...d.slice(0, 9)].reduce((s, c, i) => s + Number(c) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(d[9]) && check !== 10;
}

/** The identifier-like spans of a note, in order, never overlapping. */
export function findIdentifiers(note: string): IdentifierSpan[] {
  const spans: IdentifierSpan[] = [];
  const overlaps = (s: number, e: number) => spans.some((x) => s < x.end && e > x.start);
  for (const [kind, re] of RULES) {
    for (const m of note.matchAll(re)) {
      const text = m[0].trim();
      const start = (m.index ?? 0) + m[0].indexOf(text);
      const end = start + text.length;
      if (overlaps(start, end)) continue;
      if (kind === 'phone' && !looksLikePhone(text)) continue;
      const actual = kind === 'phone' && isNhsNumber(text) ? 'national-id' : kind;
      spans.push({ start, end, kind: actual, text });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The note with the given spans cut out and the spacing they leave tidied. */
export function removeSpans(note: string, spans: readonly IdentifierSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += note.slice(at, s.start);
    at = s.end;
  }
  out += note.slice(at);
  return out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:])/g, '$1')
    .replace(/[,;:]\s*(?=[,.;:])/g, '') // "ring ; ." → "ring."
    .replace(/^[\s,.;:]+/, '')
    .trim();
}

/**
 * The note with every identifier-like part removed at once. Cutting one part can join the text
 * around it into another ("Mrs MRN 61847302 Okafor" → "Mrs Okafor"), so it checks again until
 * nothing is left to flag.
 */
export function removeIdentifiers(note: string): string {
  let out = note;
  for (let pass = 0; pass < 5; pass++) {
    const spans = findIdentifiers(out);
    if (spans.length === 0) break;
    out = removeSpans(out, spans);
  }
  return out;
}
