import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type EncounterDraft, EncounterForm } from '../../components/EncounterForm';
import { type EncounterOptions, encounterOptions } from '../../components/encounter-options';
import { SiteToggle } from '../../components/SiteToggle';
import { addEncounter } from '../../storage/encounters';
import { enabledPacks } from '../../storage/packs';
import { quietModeItem, sitesItem } from '../../storage/settings';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { sendMessage } from '../../utils/messages';

/** The tab the popup acts on: the active tab, or `?tab=ID` (how e2e tests open the popup). */
async function targetTab(): Promise<{ id: number; url: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

const emptyDraft = (kind: string): EncounterDraft => ({
  kind,
  ratings: {},
  checklist: [],
  promptsUsed: [],
  note: '',
});

/** The popup: this site's switch, quiet mode, and the quick encounter log. */
export function App() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [quiet, setQuiet] = useState(false);
  const [options, setOptions] = useState<EncounterOptions | null>(null);
  const [draft, setDraft] = useState<EncounterDraft>(emptyDraft('other'));
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void (async () => {
      const [t, s, q, packs] = await Promise.all([
        targetTab(),
        sitesItem.getValue(),
        quietModeItem.getValue(),
        enabledPacks(),
      ]);
      const opts = encounterOptions(packs);
      setTab(t);
      setSites(s);
      setQuiet(q);
      setOptions(opts);
      const state = t ? await sendMessage('getTabState', t.id) : { ticked: [], promptsUsed: [] };
      setDraft({
        ...emptyDraft(opts.kinds[0]?.id ?? 'other'),
        checklist: state.ticked,
        promptsUsed: state.promptsUsed,
      });
    })();
  }, []);

  const origin = tab ? toSiteOrigin(tab.url) : null;

  async function toggleSite(on: boolean) {
    if (!origin) return;
    if (on) {
      // Must run inside the click: browsers only prompt for permissions on a user gesture.
      const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
      if (!granted) return setMessage(`Attune was not given access to ${origin}.`);
      const result = await sendMessage('enableSite', origin);
      if (!result.ok) return setMessage(result.error);
    } else {
      await sendMessage('disableSite', origin);
    }
    setSites(await sitesItem.getValue());
    setMessage(on ? `Attune is on for ${origin}.` : `Attune is off for ${origin}.`);
  }

  async function save() {
    setSaving(true);
    const packs = await enabledPacks();
    await addEncounter({
      ...draft,
      packVersions: Object.fromEntries(packs.map((p) => [p.id, p.version])),
    });
    if (tab) await sendMessage('clearTabState', tab.id);
    setDraft(emptyDraft(draft.kind));
    setSaving(false);
    setMessage('Encounter saved.');
  }

  return (
    <div class="popup">
      <h1>Attune</h1>
      <SiteToggle
        origin={origin}
        enabled={origin !== null && sites.includes(origin)}
        quiet={quiet}
        onToggleSite={toggleSite}
        onToggleQuiet={async (on) => {
          await quietModeItem.setValue(on);
          setQuiet(on);
        }}
      />
      {options && (
        <EncounterForm
          kinds={options.kinds}
          items={options.items}
          checklist={options.checklist}
          draft={draft}
          onChange={setDraft}
          onSave={save}
          saving={saving}
        />
      )}
      <p class="status" role="status" data-testid="popup-status">
        {message}
      </p>
    </div>
  );
}
