import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EncounterList } from '../../components/EncounterList';
import { PackList } from '../../components/PackList';
import { SiteList } from '../../components/SiteList';
import type { Encounter, StoredPack } from '../../storage/db';
import { deleteEncounter, listEncounters } from '../../storage/encounters';
import { listPacks, setPackEnabled } from '../../storage/packs';
import { sitesItem } from '../../storage/settings';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { sendMessage } from '../../utils/messages';

/** The options page: sites, packs and the encounter history. */
export function App() {
  const [sites, setSites] = useState<string[]>([]);
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [encounters, setEncounters] = useState<Encounter[]>([]);
  const [message, setMessage] = useState('');

  const refresh = async () => {
    const [s, p, e] = await Promise.all([sitesItem.getValue(), listPacks(), listEncounters()]);
    setSites(s);
    setPacks(p);
    setEncounters(e);
  };
  useEffect(() => void refresh(), []);

  const kindNames: Record<string, string> = { other: 'Other' };
  for (const p of packs) for (const m of p.pack.moments) kindNames[m.id] ??= m.name;

  async function addSite(input: string) {
    const origin = toSiteOrigin(input);
    if (!origin)
      return setMessage(
        `"${input}" is not a web site address (for example https://ehr.example.org).`,
      );
    const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
    if (!granted) return setMessage(`Attune was not given access to ${origin}.`);
    const result = await sendMessage('enableSite', origin);
    setMessage(result.ok ? `Attune is on for ${origin}.` : result.error);
    await refresh();
  }

  return (
    <div class="options">
      <h1>Attune settings</h1>
      <p class="status" role="status" data-testid="options-status">
        {message}
      </p>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites</h2>
        <SiteList
          sites={sites}
          onAdd={addSite}
          onRemove={async (origin) => {
            await sendMessage('disableSite', origin);
            setMessage(`Attune is off for ${origin}.`);
            await refresh();
          }}
        />
      </section>
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
    </div>
  );
}
