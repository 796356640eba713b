import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type EncounterDraft, EncounterForm } from '../../components/EncounterForm';
import { type EncounterOptions, encounterOptions } from '../../components/encounter-options';
import { SiteToggle } from '../../components/SiteToggle';
import { activePacks } from '../../storage/active-packs';
import { clearDraft, isBlank, loadDraft, saveDraft } from '../../storage/drafts';
import { addEncounter } from '../../storage/encounters';
import { findIdentifiers, type IdentifierSpan, removeSpans } from '../../storage/note-check';
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
  const [identifiers, setIdentifiers] = useState<IdentifierSpan[] | null>(null);
  const [fresh, setFresh] = useState<EncounterDraft>(emptyDraft('other'));

  useEffect(() => {
    void (async () => {
      const [t, s, q, packs, saved] = await Promise.all([
        targetTab(),
        sitesItem.getValue(),
        quietModeItem.getValue(),
        activePacks(),
        loadDraft(),
      ]);
      const opts = encounterOptions(packs);
      const state = t
        ? await sendMessage('getTabState', t.id)
        : { ticked: [], promptsUsed: [], momentId: null };
      // The nudge's moment is the likeliest kind of this encounter.
      const kind = opts.kinds.some((k) => k.id === state.momentId)
        ? (state.momentId as string)
        : (opts.kinds[0]?.id ?? 'other');
      const prefilled = {
        ...emptyDraft(kind),
        checklist: state.ticked,
        promptsUsed: state.promptsUsed,
      };
      setTab(t);
      setSites(s);
      setQuiet(q);
      setFresh(prefilled);
      setDraft(saved ?? prefilled);
      setOptions(opts);
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

  function change(next: EncounterDraft) {
    setDraft(next);
    setMessage('');
    // The warning follows the note as it is edited; it disappears once nothing is left to flag.
    if (identifiers) setIdentifiers(findIdentifiers(next.note));
    void saveDraft(next);
  }

  async function discard() {
    await clearDraft();
    setDraft(fresh);
    setIdentifiers(null);
    setMessage('Draft discarded.');
  }

  async function save(checked = false) {
    const spans = checked ? [] : findIdentifiers(draft.note);
    if (spans.length > 0) return setIdentifiers(spans);
    setIdentifiers(null);
    setSaving(true);
    const packs = await activePacks();
    await addEncounter({
      ...draft,
      packVersions: Object.fromEntries(packs.map((p) => [p.id, p.version])),
    });
    await clearDraft();
    if (tab) await sendMessage('clearTabState', tab.id);
    setFresh(emptyDraft(draft.kind));
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
          onChange={change}
          onSave={() => void save()}
          saving={saving}
          identifiers={identifiers}
          onRemoveIdentifiers={() => {
            change({ ...draft, note: removeSpans(draft.note, identifiers ?? []) });
            setIdentifiers(null);
          }}
          onSaveAnyway={() => void save(true)}
          onDiscard={isBlank(draft) ? undefined : () => void discard()}
        />
      )}
      <p class="status" role="status" data-testid="popup-status">
        {message}
      </p>
    </div>
  );
}
