import { LIMITS } from '../limits';

/** Number of spoken words: tokens that contain a letter or digit (stage directions count too). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** Seconds it takes to say `text` aloud at the speaking rate in LIMITS (150 words a minute). */
export function speechSeconds(text: string): number {
  return (countWords(text) * 60) / LIMITS.wordsPerMinute;
}
