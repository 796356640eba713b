import { useEffect, useState } from 'preact/hooks';
import { PackList } from '../../components/PackList';
import type { StoredPack } from '../../storage/db';
import { listPacks, setPackEnabled } from '../../storage/packs';

/** Options › Prompt packs: installed packs, each switchable. */
export function PacksSection(_: { say: (message: string) => void }) {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const refresh = async () => setPacks(await listPacks());
  useEffect(() => void refresh(), []);
  return (
    <section aria-labelledby="packs-h">
      <h2 id="packs-h">Prompt packs</h2>
      <PackList
        packs={packs}
        onToggle={async (id, on) => {
          await setPackEnabled(id, on);
          await refresh();
        }}
      />
    </section>
  );
}
