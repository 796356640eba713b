import * as v from 'valibot';
import { LIMITS as L } from './limits';

// Messages are written for trainers, who read them in the CLI next to a JSON path.
/** Message for a string over its length limit. */
export const tooLong = (max: number) => (i: v.BaseIssue<unknown>) =>
  `is too long: ${i.received} characters, at most ${max}`;
/** Message for a list over its count limit. */
export const tooMany = (max: number, what: string) => (i: v.BaseIssue<unknown>) =>
  `has too many ${what}: ${i.received}, at most ${max}`;

/** Plain text (never rendered as HTML) with a length limit and at least one visible character. */
export const text = (max: number, min = 1) =>
  v.pipe(
    v.string(),
    v.minLength(min, `must be at least ${min} character${min > 1 ? 's' : ''}`),
    v.maxLength(max, tooLong(max)),
    // An empty string is already reported by minLength; this catches whitespace-only text.
    v.regex(/^$|\S/, 'must not be blank'),
  );

/** Short alias: descriptions become hover help in editors via pack.schema.json. */
export const d = v.description;

/** A list with count limits and messages naming what it holds. */
export const list = <T extends v.GenericSchema>(item: T, max: number, what: string, min = 0) =>
  v.pipe(
    v.array(item),
    v.minLength(min, `needs at least ${min} ${what}`),
    v.maxLength(max, tooMany(max, what)),
  );

/** Ids are stable keys for history and ticks: lower-case words joined by hyphens. */
export const Id = v.pipe(
  v.string(),
  v.maxLength(L.idLength, tooLong(L.idLength)),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters and digits joined by hyphens, e.g. "open-question"',
  ),
);

/** Pack ids are reverse-DNS, so organisations cannot collide. */
export const PackId = v.pipe(
  v.string(),
  v.maxLength(L.packIdLength, tooLong(L.packIdLength)),
  v.regex(
    /^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/,
    'must be reverse-DNS style, e.g. "org.example.ward-empathy"',
  ),
);

/** Semantic Versioning 2.0.0, the expression published with the specification. */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
