// The full JSON backup: what it holds, how it is checked, previewed and merged back in. Its rows
// are checked by the domain's own schemas (utils/domain.ts), so every field a row has is kept.
import * as v from 'valibot';
import {
  type Encounter,
  EncounterSchema,
  type PromptEvent,
  PromptEventSchema,
  type PromptVariant,
  PromptVariantSchema,
  Time,
} from '../utils/domain';
import { i18n } from '../utils/i18n';
import { db } from './db';
import { recordInWeeks } from './weeks';

/** The backup format this version writes; it reads this one and older. */
export const BACKUP_VERSION = 1;
const FORMAT = 'attune-backup';

/** The origin of an address (scheme, host, port), or null when it has none. */
function originOf(address: string): string | null {
  try {
    const origin = new URL(address).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * An event's site, reduced to its origin: a whole address (written by hand, or by another tool)
 * can carry a path or query with a record number, which Attune never keeps.
 */
const BareOrigin = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const origin = originOf(dataset.value);
    // The message never repeats the address: it may hold what should not be shown.
    if (origin === null) addIssue({ message: i18n.t('data.badOrigin'), received: '…' });
    return origin ?? NEVER;
  }),
);

/** An event as a backup holds it: without the database's key. */
const { id: _key, ...eventEntries } = PromptEventSchema.entries;
const EventSchema = v.object({ ...eventEntries, origin: BareOrigin });

/** Encounters, each id once: a repeated id would be counted as new twice, then merged into one. */
const Encounters = v.pipe(
  v.array(EncounterSchema),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const first = new Map<string, number>();
    for (const [i, e] of dataset.value.entries()) {
      const seen = first.get(e.id);
      if (seen === undefined) first.set(e.id, i);
      else
        addIssue({
          message: i18n.t('data.duplicateId', { first: `encounters.${seen}` }),
          path: [
            { type: 'array', origin: 'value', input: dataset.value, key: i, value: e },
            { type: 'object', origin: 'value', input: e, key: 'id', value: e.id },
          ],
        });
    }
  }),
);

/** The backup document; `format` and `version` are checked before the rest. */
export const BackupSchema = v.object({
  format: v.literal(FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION)),
  exportedAt: Time,
  encounters: Encounters,
  events: v.optional(v.array(EventSchema), () => []),
  variants: v.optional(v.array(PromptVariantSchema), () => []),
});
/** A validated backup. */
export type Backup = v.InferOutput<typeof BackupSchema>;

/** Rows read per step, so long work can report progress. */
const PAGE = 5000;
type Progress = (done: number, total: number) => void;

/**
 * Reads every encounter page by page (keyset paging on the primary key: each page costs its own
 * size, where offset paging would re-walk every earlier row) and hands each page over while the
 * next one is already being read. Progress counts pages against the total once it is known.
 */
export async function eachEncounterPage(
  onPage: (page: Encounter[]) => void,
  onProgress?: Progress,
): Promise<void> {
  let total = 0;
  let done = 0;
  // Counting 50,000 rows walks them all; it runs beside the reads rather than before them.
  const counted = db.encounters.count().then((n) => {
    total = n;
  });
  const after = (last: string | null): Promise<Encounter[]> =>
    (last === null ? db.encounters.orderBy(':id') : db.encounters.where(':id').above(last))
      .limit(PAGE)
      .toArray();
  let next = after(null);
  for (;;) {
    const page = await next;
    if (page.length === 0) break;
    next = page.length < PAGE ? Promise.resolve([]) : after(page[page.length - 1]?.id ?? null);
    onPage(page);
    done += page.length;
    onProgress?.(done, Math.max(total, done));
  }
  await counted;
}

/** Every encounter, oldest first (see {@link eachEncounterPage}). */
export async function readAllEncounters(onProgress?: Progress): Promise<Encounter[]> {
  const out: Encounter[] = [];
  await eachEncounterPage((page) => {
    for (const e of page) out.push(e);
  }, onProgress);
  return out.sort((a, b) => a.at - b.at);
}

/** The whole backup of this profile (encounters, prompt events, personal variants). */
export async function makeBackup(now = Date.now(), onProgress?: Progress): Promise<Backup> {
  const encounters = await readAllEncounters(onProgress);
  const events = (await db.events.toArray()).map(({ id: _, ...e }) => e);
  const variants = await db.variants.toArray();
  return { format: FORMAT, version: BACKUP_VERSION, exportedAt: now, encounters, events, variants };
}

/** One schema issue as a translated phrase (valibot's own messages are English only). */
function problem(issue: v.BaseIssue<unknown>): string {
  const values = { expected: issue.expected ?? '', received: issue.received };
  // Attune's own checks (an origin, a repeated id) carry their translated sentence.
  if (issue.type === 'raw_check' || issue.type === 'raw_transform') return issue.message;
  // A required field that is missing: the object reports it as a bad key.
  if (issue.type === 'object' && issue.path?.at(-1)?.origin === 'key')
    return i18n.t('data.badKey', values);
  if (issue.kind === 'schema') return i18n.t('data.badType', values);
  switch (issue.type) {
    case 'min_length':
    case 'max_length':
      return i18n.t('data.badLength', values);
    case 'min_value':
    case 'max_value':
      return i18n.t('data.badValue', values);
    case 'integer':
      return i18n.t('data.notInteger', { received: issue.received });
    default:
      return i18n.t('data.badInput', { received: issue.received });
  }
}

/** A checked backup, or the one clear sentence that says why the file cannot be used. */
export function parseBackup(
  text: string,
): { ok: true; backup: Backup } | { ok: false; error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: i18n.t('data.notJson') };
  }
  const head = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  if (head.format !== FORMAT) return { ok: false, error: i18n.t('data.notBackup') };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    return { ok: false, error: i18n.t('data.newer', { version: head.version }) };
  const result = v.safeParse(BackupSchema, doc);
  if (result.success) return { ok: true, backup: result.output };
  const issue = result.issues[0];
  const what = issue ? problem(issue) : i18n.t('data.unknownProblem');
  // Where the problem is (a path such as encounters.4.at) lets the user find it in the file.
  const where = issue ? v.getDotPath(issue) : null;
  return {
    ok: false,
    error: where
      ? i18n.t('data.damagedAt', { where, problem: what })
      : i18n.t('data.damaged', { problem: what }),
  };
}

/** What an import would do: how many entries, how many are new and how many already here. */
export async function previewImport(
  b: Backup,
): Promise<{ total: number; added: number; existing: number }> {
  const found = await db.encounters.bulkGet(b.encounters.map((e) => e.id));
  const existing = found.filter(Boolean).length;
  return { total: b.encounters.length, added: b.encounters.length - existing, existing };
}

const eventKey = (e: Omit<PromptEvent, 'id'>) => `${e.at}|${e.type}|${e.promptId}|${e.momentId}`;

/**
 * Merges a backup in one transaction (all or nothing): encounters and variants by id (the
 * backup's copy wins), prompt events not already present. Returns the preview's figures.
 */
export async function importBackup(b: Backup, onProgress?: Progress): Promise<void> {
  await db.transaction('rw', [db.encounters, db.weeks, db.events, db.variants], async () => {
    for (let i = 0; i < b.encounters.length; i += PAGE) {
      const page = b.encounters.slice(i, i + PAGE);
      // A merged entry replaces the stored copy: its old share of the weeks goes first.
      const replaced = (await db.encounters.bulkGet(page.map((e) => e.id))).filter(
        (e): e is Encounter => e !== undefined,
      );
      await db.encounters.bulkPut(page);
      await recordInWeeks(page, replaced);
      onProgress?.(Math.min(i + PAGE, b.encounters.length), b.encounters.length);
    }
    const have = new Set((await db.events.toArray()).map(eventKey));
    // An event the file lists twice is added once, as one already stored would be.
    const fresh = b.events.filter((e) => {
      const key = eventKey(e);
      if (have.has(key)) return false;
      have.add(key);
      return true;
    });
    await db.events.bulkAdd(fresh);
    await db.variants.bulkPut(b.variants satisfies PromptVariant[]);
  });
}
