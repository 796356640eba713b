// How long the user's own text may be. A module of its own, with no imports, so the popup's first
// paint can hold its note to the limit without loading the domain schemas (utils/domain.ts).

/** The longest private note, in characters: the form, the save and a backup hold to the same. */
export const NOTE_MAX = 10_000;
/** The longest personal wording of a script, in characters (Practice, the save, a backup). */
export const VARIANT_MAX = 5_000;

/**
 * A save refused because the text is longer than a backup could restore; its message is the
 * translated sentence the user reads.
 */
export class TooLongError extends Error {
  override name = 'TooLongError';
}
