import { useEffect, useState } from 'preact/hooks';
import { EncounterList } from '../../components/EncounterList';
import type { Encounter } from '../../storage/db';
import { deleteEncounter, listEncounters } from '../../storage/encounters';
import { listPacks } from '../../storage/packs';

/** Options › History: the encounters the user logged. */
export function HistorySection(_: { say: (message: string) => void }) {
  const [encounters, setEncounters] = useState<Encounter[]>([]);
  const [kindNames, setKindNames] = useState<Record<string, string>>({ other: 'Other' });
  const refresh = async () => {
    const [e, packs] = await Promise.all([listEncounters(), listPacks()]);
    const names: Record<string, string> = { other: 'Other' };
    for (const p of packs) for (const m of p.pack.moments) names[m.id] ??= m.name;
    setEncounters(e);
    setKindNames(names);
  };
  useEffect(() => void refresh(), []);
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      <EncounterList
        encounters={encounters}
        kindNames={kindNames}
        onDelete={async (id) => {
          await deleteEncounter(id);
          await refresh();
        }}
      />
    </section>
  );
}
