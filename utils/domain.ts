// The domain types every layer shares (storage, components, the nudge policy, the message
// protocol), written once. Where a row can come from outside (a backup file) a valibot schema
// checks it and the type is derived from that schema, so the stored row, the type and the backup
// format cannot drift apart: a field added here is kept by a backup without another edit.
import * as v from 'valibot';
import type { Pack } from '../prompts/schema';
import { idRecordSchema } from './id-record';
import { NOTE_MAX, VARIANT_MAX } from './text-limits';

export { NOTE_MAX, TooLongError, VARIANT_MAX } from './text-limits';

/** The largest time a `Date` holds (epoch ms); a later one would fail where it is used. */
export const MAX_TIME = 8.64e15;

/** A stored id (an encounter's UUID, a pack's, a prompt's or a moment's id). */
export const StoredId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** Epoch milliseconds within what `Date` holds. */
export const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const Ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(200));

/** One logged encounter: the user's own private reflection, never patient data. */
export const EncounterSchema = v.object({
  id: StoredId,
  /** Epoch milliseconds when the encounter was logged. */
  at: Time,
  /** A moment id from the packs, or `other`. */
  kind: StoredId,
  /** Self-rating by rating-item id (0–10; packs use 0/1 to 10). */
  ratings: idRecordSchema(StoredId, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  /** Active-listening checklist item ids ticked during the encounter. */
  checklist: Ids,
  /** Prompt ids the user marked as used. */
  promptsUsed: Ids,
  /** The user's own private note (checked for identifiers before saving). */
  note: v.pipe(v.string(), v.maxLength(NOTE_MAX)),
  /** Pack id → version in force when the encounter was logged. */
  packVersions: idRecordSchema(StoredId, v.pipe(v.string(), v.maxLength(64))),
});
/** One logged encounter (see {@link EncounterSchema}). */
export type Encounter = v.InferOutput<typeof EncounterSchema>;

/** What happened to a shown prompt, written once for the database, the protocol and backups. */
export const PROMPT_EVENT_TYPES = [
  'shown',
  'used',
  'copied',
  'snoozed',
  'dismissed',
  'collapsed',
] as const;
/** What happened to a shown prompt. Page content is never part of an event. */
export type PromptEventType = (typeof PROMPT_EVENT_TYPES)[number];

/** The one-tap reasons offered after "not for this moment", in the order shown. */
export const DISMISS_REASONS = ['already-did', 'not-right', 'no-time'] as const;
/** A one-tap reason for a dismissal. */
export type DismissReason = (typeof DISMISS_REASONS)[number];

/** One prompt event, for rotation, fatigue control and the user's own reflection. */
export const PromptEventSchema = v.object({
  /** The database's own key (auto-incremented); a backup leaves it out. */
  id: v.optional(v.number()),
  at: Time,
  type: v.picklist(PROMPT_EVENT_TYPES),
  promptId: StoredId,
  packId: StoredId,
  momentId: StoredId,
  /** The site's origin (scheme, host and port); never a path or query. */
  origin: v.pipe(v.string(), v.maxLength(300)),
  /** Why a prompt was dismissed, when the user said (one tap, optional). */
  reason: v.optional(v.picklist(DISMISS_REASONS)),
});
/** One prompt event (see {@link PromptEventSchema}). */
export type PromptEvent = v.InferOutput<typeof PromptEventSchema>;

/** The user's own wording of a script, shown by the overlay instead of the pack's. */
export const PromptVariantSchema = v.object({
  promptId: StoredId,
  text: v.pipe(v.string(), v.maxLength(VARIANT_MAX)),
  updatedAt: Time,
});
/** The user's own wording of a script (see {@link PromptVariantSchema}). */
export type PromptVariant = v.InferOutput<typeof PromptVariantSchema>;

/** Where an installed pack came from. */
export type PackSource = 'builtin' | 'file' | 'url' | 'policy';

/** An installed, validated pack. */
export interface StoredPack {
  id: string;
  version: string;
  source: PackSource;
  enabled: boolean;
  installedAt: number;
  updatedAt: number;
  pack: Pack;
  /** A URL pack's address (https; http only for local test servers in the e2e build). */
  url?: string;
  /** Validators of the last download, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Epoch ms of the last update check, and why it failed if it did. */
  lastChecked?: number;
  lastError?: string;
  /** Installed by the organisation's policy: the user cannot remove or disable it. */
  locked?: boolean;
  /** The public key (base64) whose valid signature the installed version carries. */
  signedBy?: string;
  /** On a policy pack: the user's own pack of the same id it replaced, kept aside (docs/distribution.md). */
  userCopy?: Omit<StoredPack, 'userCopy'>;
}

/** One week's totals: everything the trends view shows, and nothing finer. */
export interface WeekSummary {
  /** The week's start: local midnight of its Monday. */
  week: number;
  /** Encounters logged in the week. */
  count: number;
  /** Encounters by kind. */
  kinds: Record<string, number>;
  /** Rating item id → [sum of its ratings, how many ratings]. */
  ratings: Record<string, [number, number]>;
  /** Encounters whose checklist was used (at least one tick). */
  checklistUsed: number;
  /** Checklist item id → encounters that ticked it. */
  ticks: Record<string, number>;
  /** Prompt id → times marked as used. */
  prompts: Record<string, number>;
}

/** A kind of encounter the user can pick (a pack moment, or `other`). */
export interface KindOption {
  id: string;
  name: string;
}

/** A self-rating item as the encounter form shows it. */
export interface RatingOption {
  id: string;
  text: string;
  min: number;
  max: number;
  labels: readonly string[];
}

/** One item of an active-listening checklist. */
export interface ChecklistItem {
  id: string;
  text: string;
}

/** What the encounter form offers, derived from the enabled packs. */
export interface EncounterOptions {
  kinds: KindOption[];
  items: RatingOption[];
  checklist: ChecklistItem[];
}

/** What the user has entered so far in the encounter form (the popup keeps it as a draft). */
export type EncounterDraft = Pick<
  Encounter,
  'kind' | 'ratings' | 'checklist' | 'promptsUsed' | 'note'
>;
