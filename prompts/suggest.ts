/**
 * Edit distance between two strings (Levenshtein, with a swap of two neighbouring letters
 * counted as one edit, as typists make them), ignoring case.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Three rows are enough for the transposition rule (optimal string alignment).
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, (prev2[j - 2] ?? 0) + 1);
      row.push(best);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[t.length] ?? 0;
}

const MAX_WORD = 128;

/**
 * The candidate `word` was most likely meant to be, or null when none is close: at most a third
 * of the word's letters (and at least one) may differ. Ties go to the first candidate listed.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | null {
  // Ids and field names are short; a hostile pack's megabyte-long key gets no quadratic search.
  if (word.length > MAX_WORD) return null;
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    // The distance is at least the difference in length.
    if (c === word || Math.abs(c.length - word.length) > allowed) continue;
    const d = editDistance(word, c);
    if (d <= allowed && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "x"?` for a close candidate, else '' (appended to a validator's message). */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const close = didYouMean(word, candidates);
  return close === null ? '' : `; did you mean "${close}"?`;
}
