import { useEffect, useState } from 'preact/hooks';
import { EncounterEditor } from '../../components/EncounterEditor';
import { EncounterList } from '../../components/EncounterList';
import { type EncounterOptions, encounterOptions } from '../../components/encounter-options';
import {
  HistoryFilters,
  type HistoryFilterValue,
  NO_FILTER,
} from '../../components/HistoryFilters';
import type { Encounter } from '../../storage/db';
import {
  deleteEncounter,
  type EncounterFilter,
  queryEncounters,
  updateEncounter,
} from '../../storage/encounters';
import { enabledPacks, listPacks } from '../../storage/packs';

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

/** Options › History: the encounters the user logged, filtered, edited, deleted. */
export function HistorySection({ say }: { say: (message: string) => void }) {
  const [encounters, setEncounters] = useState<Encounter[]>([]);
  const [kindNames, setKindNames] = useState<Record<string, string>>({ other: 'Other' });
  const [options, setOptions] = useState<EncounterOptions>({ kinds: [], items: [], checklist: [] });
  const [filter, setFilter] = useState<HistoryFilterValue>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);

  const refresh = async (f = filter) => setEncounters(await queryEncounters(toQuery(f)));
  useEffect(() => {
    void (async () => {
      const [packs, enabled] = await Promise.all([listPacks(), enabledPacks()]);
      const names: Record<string, string> = { other: 'Other' };
      for (const p of packs) for (const m of p.pack.moments) names[m.id] ??= m.name;
      setKindNames(names);
      setOptions(encounterOptions(enabled));
      await refresh();
    })();
  }, []);

  const current = encounters.find((e) => e.id === editing);
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      <HistoryFilters
        kinds={options.kinds}
        value={filter}
        onChange={(f) => {
          setFilter(f);
          void refresh(f);
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
            await updateEncounter(current.id, edit);
            setEditing(null);
            say('Encounter updated.');
            await refresh();
          }}
        />
      )}
      <EncounterList
        encounters={encounters}
        kindNames={kindNames}
        onEdit={setEditing}
        onDelete={async (id) => {
          await deleteEncounter(id);
          say('Encounter deleted.');
          await refresh();
        }}
      />
    </section>
  );
}
