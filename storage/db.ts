import Dexie, { type EntityTable } from 'dexie';
import type { Pack } from '../prompts/schema';

/** One logged encounter: the user's own private reflection, never patient data. */
export interface Encounter {
  id: string;
  /** Epoch milliseconds when the encounter was logged. */
  at: number;
  /** A moment id from the packs, or `other`. */
  kind: string;
  /** Self-rating by rating-item id (1–5). */
  ratings: Record<string, number>;
  /** Active-listening checklist item ids ticked during the encounter. */
  checklist: string[];
  /** Prompt ids the user marked as used. */
  promptsUsed: string[];
  /** The user's own private note (checked for identifiers before saving). */
  note: string;
  /** Pack id → version in force when the encounter was logged. */
  packVersions: Record<string, string>;
}

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
}

/** What happened to a shown prompt. Page content is never part of an event. */
export type PromptEventType = 'shown' | 'used' | 'copied' | 'snoozed' | 'dismissed' | 'collapsed';

/** One prompt event, for rotation, fatigue control and the user's own reflection. */
export interface PromptEvent {
  id?: number;
  at: number;
  type: PromptEventType;
  promptId: string;
  packId: string;
  momentId: string;
  /** The site's origin (scheme, host and port); never a path or query. */
  origin: string;
}

/** The Attune database. Every released schema keeps its own `version(n)` block forever. */
export class AttuneDb extends Dexie {
  encounters!: EntityTable<Encounter, 'id'>;
  packs!: EntityTable<StoredPack, 'id'>;
  events!: EntityTable<PromptEvent, 'id'>;

  constructor(name = 'attune') {
    super(name);
    this.version(1).stores({
      encounters: 'id, at, kind',
      packs: 'id, source',
      events: '++id, at, type, promptId, momentId',
    });
  }
}

/** The one database instance of this extension context (background, popup or options). */
export const db = new AttuneDb();
