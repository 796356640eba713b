import { useEffect, useRef, useState } from 'preact/hooks';
import { EncounterEditor } from '../../components/EncounterEditor';
import { dateFormat, EncounterList } from '../../components/EncounterList';
import { encounterOptions } from '../../components/encounter-options';
import {
  HistoryFilters,
  type HistoryFilterValue,
  NO_FILTER,
} from '../../components/HistoryFilters';
import { tryWrite } from '../../components/try-write';
import { editionLanguage, enabledDocs } from '../../storage/active-packs';
import { db } from '../../storage/db';
import {
  deleteEncounter,
  type EncounterFilter,
  queryEncounters,
  restoreEncounter,
  updateEncounter,
} from '../../storage/encounters';
import { packNames } from '../../storage/pack-names';
import type { Encounter } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import { idRecord } from '../../utils/id-record';
import { useLive } from './use-live';

/** The form's filter as a query: dates are local days, `to` includes its whole day. */
function toQuery(f: HistoryFilterValue): EncounterFilter {
  const day = (s: string) => new Date(`${s}T00:00`).getTime();
  return {
    text: f.text.trim() || undefined,
    kind: f.kind || undefined,
    from: f.from ? day(f.from) : undefined,
    to: f.to ? day(f.to) + 86_399_999 : undefined,
    minRating: f.minRating ? Number(f.minRating) : undefined,
    maxRating: f.maxRating ? Number(f.maxRating) : undefined,
  };
}

/** Rows shown at first, and added by each "Show older encounters". */
const PAGE = 50;

/** What the journal reads of the packs: names for ids (every pack, so old entries keep them). */
async function readPacks() {
  const rows = await db.packs.toArray();
  const enabled = enabledDocs(rows, await editionLanguage());
  const names = packNames([...enabled, ...rows.map((r) => r.pack)]);
  // Keyed by moment ids, so no prototype.
  const kindNames = idRecord([...names.kinds]);
  return { names, kindNames, options: encounterOptions(enabled) };
}

/**
 * Options › Journal: the encounters the user logged, searched, filtered, edited, deleted (with
 * undo). It follows the database: an import, a delete-all or a save in the popup shows at once.
 */
export function HistorySection({ say }: { say: (message: string) => void }) {
  const [filter, setFilter] = useState<HistoryFilterValue>(NO_FILTER);
  // The query follows the form; words typed in the search wait for a pause in the typing.
  const [query, setQuery] = useState<HistoryFilterValue>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [deleted, setDeleted] = useState<Encounter | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (filter.text === query.text) return setQuery(filter);
    const t = setTimeout(() => setQuery(filter), 250);
    return () => clearTimeout(t);
  }, [filter]);

  const packs = useLive(readPacks, []);
  // One row past the limit says whether older encounters remain.
  const rows = useLive(() => queryEncounters(toQuery(query), limit + 1), [query, limit]);
  const encounters = rows?.slice(0, limit) ?? [];
  const more = (rows?.length ?? 0) > limit;
  const options = packs?.options ?? { kinds: [], items: [], checklist: [] };

  async function remove(id: string) {
    const before = encounters.find((e) => e.id === id);
    if (!before || !(await tryWrite(() => deleteEncounter(id), say)).ok) return;
    if (editing === id) setEditing(null);
    setDeleted(before);
    say(i18n.t('history.deleted'));
    // The row and its button are gone: the keyboard goes on from Undo.
    requestAnimationFrame(() => undoButton.current?.focus());
  }

  async function undo(e: Encounter) {
    if (!(await tryWrite(() => restoreEncounter(e), say)).ok) return;
    setDeleted(null);
    say(i18n.t('history.restored'));
  }

  const current = encounters.find((e) => e.id === editing);
  return (
    <section aria-labelledby="history-h" data-testid="journal" data-loaded={rows ? '' : undefined}>
      <h2 id="history-h">{i18n.t('history.heading')}</h2>
      <HistoryFilters
        kinds={options.kinds}
        value={filter}
        onChange={(f) => {
          setFilter(f);
          setLimit(PAGE);
        }}
      />
      {deleted && (
        <div class="undo-bar" data-testid="history-undo-bar">
          <span>{i18n.t('history.deletedWhen', { when: dateFormat().format(deleted.at) })}</span>
          <button
            type="button"
            ref={undoButton}
            data-testid="history-undo"
            onClick={() => void undo(deleted)}
          >
            {i18n.t('history.undo')}
          </button>
        </div>
      )}
      {current && (
        <EncounterEditor
          key={current.id}
          encounter={current}
          kinds={options.kinds}
          items={options.items}
          checklist={options.checklist}
          onCancel={() => setEditing(null)}
          onSave={async (edit) => {
            // On failure the editor stays open with the edit in it, for another try.
            if (!(await tryWrite(() => updateEncounter(current.id, edit), say)).ok) return;
            setEditing(null);
            say(i18n.t('history.updated'));
          }}
        />
      )}
      {rows && (
        <EncounterList
          encounters={encounters}
          kindNames={packs?.kindNames ?? idRecord()}
          itemNames={packs?.names.items}
          checklistNames={packs?.names.checklist}
          filtered={Object.values(filter).some((v) => v !== '')}
          onEdit={setEditing}
          onDelete={(id) => void remove(id)}
        />
      )}
      {more && (
        <button type="button" data-testid="history-more" onClick={() => setLimit(limit + PAGE)}>
          {i18n.t('history.showOlder')}
        </button>
      )}
    </section>
  );
}
