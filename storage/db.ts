import Dexie, { type EntityTable } from 'dexie';
import type {
  Encounter,
  PromptEvent,
  PromptVariant,
  StoredPack,
  WeekSummary,
} from '../utils/domain';
import { summarize } from './week-summary';

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
