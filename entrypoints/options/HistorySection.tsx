import { useEffect, useState } from 'preact/hooks';
import { EncounterEditor } from '../../components/EncounterEditor';
import { EncounterList } from '../../components/EncounterList';
import { type EncounterOptions, encounterOptions } from '../../components/encounter-options';
import {
  HistoryFilters,
  type HistoryFilterValue,
  NO_FILTER,
} from '../../components/HistoryFilters';
import { tryWrite } from '../../components/try-write';
import { packsAtOpen } from '../../storage/active-packs';
import {
  deleteEncounter,
  type EncounterFilter,
  queryEncounters,
  updateEncounter,
} from '../../storage/encounters';
import type { Encounter } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import { idRecord } from '../../utils/id-record';

/** The form's filter as a query: dates are local days, `to` includes its whole day. */
function toQuery(f: HistoryFilterValue): EncounterFilter {
  const day = (s: string) => new Date(`${s}T00:00`).getTime();
  return {
    kind: f.kind || undefined,
    from: f.from ? day(f.from) : undefined,
    to: f.to ? day(f.to) + 86_399_999 : undefined,
    minRating: f.minRating ? Number(f.minRating) : undefined,
    maxRating: f.maxRating ? Number(f.maxRating) : undefined,
  };
}

/** Kind names known before the packs are read: only "other". Keyed by moment ids, so no prototype. */
const baseKindNames = () => idRecord([['other', i18n.t('log.kindOther')]]);

/** Rows shown at first, and added by each "Show older encounters". */
const PAGE = 50;

/** Options › History: the encounters the user logged, filtered, edited, deleted. */
export function HistorySection({ say }: { say: (message: string) => void }) {
  const [encounters, setEncounters] = useState<Encounter[]>([]);
  const [kindNames, setKindNames] = useState(baseKindNames);
  const [options, setOptions] = useState<EncounterOptions>({ kinds: [], items: [], checklist: [] });
  const [filter, setFilter] = useState<HistoryFilterValue>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [more, setMore] = useState(false);

  // One row past the limit says whether older encounters remain.
  const refresh = async (f = filter, n = limit) => {
    const rows = await queryEncounters(toQuery(f), n + 1);
    setMore(rows.length > n);
    setEncounters(rows.slice(0, n));
  };
  useEffect(() => {
    void (async () => {
      const [packs] = await Promise.all([packsAtOpen(), refresh()]);
      const names = baseKindNames();
      for (const p of packs) for (const m of p.pack.moments) names[m.id] ??= m.name;
      setKindNames(names);
      setOptions(encounterOptions(packs.filter((p) => p.enabled).map((p) => p.pack)));
    })();
  }, []);

  const current = encounters.find((e) => e.id === editing);
  return (
    // A long table far down the page: the browser lays it out only when it nears the viewport,
    // so a 200-row history does not hold up the sections around it.
    <section
      aria-labelledby="history-h"
      style={{ contentVisibility: 'auto', containIntrinsicSize: 'auto 1200px' }}
    >
      <h2 id="history-h">{i18n.t('history.heading')}</h2>
      <HistoryFilters
        kinds={options.kinds}
        value={filter}
        onChange={(f) => {
          setFilter(f);
          setLimit(PAGE);
          void refresh(f, PAGE);
        }}
      />
      {current && (
        <EncounterEditor
          key={current.id}
          encounter={current}
          kinds={options.kinds}
          items={options.items}
          onCancel={() => setEditing(null)}
          onSave={async (edit) => {
            // On failure the editor stays open with the edit in it, for another try.
            if (!(await tryWrite(() => updateEncounter(current.id, edit), say)).ok) return;
            setEditing(null);
            say(i18n.t('history.updated'));
            await refresh();
          }}
        />
      )}
      <EncounterList
        encounters={encounters}
        kindNames={kindNames}
        filtered={Object.values(filter).some((v) => v !== '')}
        onEdit={setEditing}
        onDelete={async (id) => {
          if (!(await tryWrite(() => deleteEncounter(id), say)).ok) return;
          say(i18n.t('history.deleted'));
          await refresh();
        }}
      />
      {more && (
        <button
          type="button"
          data-testid="history-more"
          onClick={() => {
            setLimit(limit + PAGE);
            void refresh(filter, limit + PAGE);
          }}
        >
          {i18n.t('history.showOlder')}
        </button>
      )}
    </section>
  );
}
