/** A piece of a script: words to say as written, or a fill-in part such as "[the result]". */
export interface ScriptPart {
  text: string;
  fill: boolean;
}

// A placeholder is "[" + words without brackets or line breaks + "]". Kept tiny: the overlay
// runs this on the clinical page.
const PLACEHOLDER = /\[[^[\]\n]+\]/g;

/** Splits a script into said text and fill-in parts (kept with their brackets, as copied). */
export function scriptParts(text: string): ScriptPart[] {
  const out: ScriptPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), fill: false });
    out.push({ text: m[0], fill: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), fill: false });
  return out;
}

/** The script's placeholders, brackets included, in order. */
export const placeholders = (text: string): string[] => text.match(PLACEHOLDER) ?? [];
