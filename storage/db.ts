import Dexie, { type EntityTable } from 'dexie';
import type { Pack } from '../prompts/schema';
import type { Encounter, PromptEvent, PromptVariant, WeekSummary } from '../utils/domain';
import { summarize } from './week-summary';

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

/** The Attune database. Every released schema keeps its own `version(n)` block forever. */
export class AttuneDb extends Dexie {
  encounters!: EntityTable<Encounter, 'id'>;
  packs!: EntityTable<StoredPack, 'id'>;
  events!: EntityTable<PromptEvent, 'id'>;
  variants!: EntityTable<PromptVariant, 'promptId'>;
  weeks!: EntityTable<WeekSummary, 'week'>;

  constructor(name = 'attune') {
    super(name);
    this.version(1).stores({
      encounters: 'id, at, kind',
      packs: 'id, source',
      events: '++id, at, type, promptId, momentId',
    });
    // v2: [kind+at] serves history filtered by kind and date without a scan; personal variants.
    this.version(2)
      .stores({ encounters: 'id, at, kind, [kind+at]', variants: 'promptId' })
      .upgrade((tx) =>
        // Rows written before v2 may lack list fields that later code reads; fill them in.
        tx
          .table('encounters')
          .toCollection()
          .modify((e: Partial<Encounter>) => {
            e.checklist ??= [];
            e.promptsUsed ??= [];
            e.packVersions ??= {};
            e.note ??= '';
          }),
      );
    // v3: per-week totals kept beside the encounters (storage/weeks.ts), so the trends read 12
    // rows; built here once from every stored encounter, then kept up to date by every write.
    this.version(3)
      .stores({ weeks: 'week' })
      .upgrade(async (tx) => {
        const all: Encounter[] = await tx.table('encounters').toArray();
        await tx.table('weeks').bulkPut(summarize(all));
      });
  }
}

/** The one database instance of this extension context (background, popup or options). */
export const db = new AttuneDb();
