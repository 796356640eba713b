import { useEffect, useState } from 'preact/hooks';
import { type EncounterDraft, EncounterForm } from '../../components/EncounterForm';
import type { EncounterOptions } from '../../components/encounter-options';
import { QuietReason } from '../../components/QuietReason';
import { SiteToggle } from '../../components/SiteToggle';
import { tryWrite } from '../../components/try-write';
import { tabKey } from '../../storage/keys';
import type { IdentifierSpan } from '../../storage/note-check';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { emptyTab, type TabRecord } from '../../storage/tab-record';
import { i18n } from '../../utils/i18n';
import type { QuietAnswer } from '../../utils/messages';
import { nativeBrowser } from '../../utils/native-browser';
import {
  emptyDraft,
  isBlank,
  type PopupStart,
  prefill,
  readFormOptions,
  ticksToOffer,
} from './first-paint';

// Loaded when first needed, after the paint: the database (packs, encounters), the identifier
// check and the message protocol are not part of what the popup needs to show the form.
let check: typeof import('../../storage/note-check') | undefined;
const noteCheck = async () => {
  check ??= await import('../../storage/note-check');
  return check;
};
const messages = () => import('../../utils/messages');
// The storage items too: defining one reads it at once, which the first paint does not wait for.
const drafts = () => import('../../storage/drafts');
const settings = () => import('../../storage/settings');

/** The popup: this site's switch, quiet mode, and the quick encounter log. */
export function App({ start }: { start: PopupStart }) {
  const { tab } = start;
  const [sites, setSites] = useState(start.sites);
  const [quiet, setQuiet] = useState(start.quiet);
  const [options, setOptions] = useState<EncounterOptions>(start.options);
  const [fresh, setFresh] = useState<EncounterDraft>(() =>
    prefill(start.options, start.state, start.lastKind),
  );
  const [draft, setDraft] = useState<EncounterDraft>(() => start.draft ?? fresh);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const [identifiers, setIdentifiers] = useState<IdentifierSpan[] | null>(null);
  const [why, setWhy] = useState<QuietAnswer | null>(null);
  // Whether the user answered the question about the card's ticks (or saved: they are gone then).
  const [answered, setAnswered] = useState(false);
  // The tab's record as it is now: a tick made on the card just before the popup opened may be
  // stored a moment after the popup read it.
  const [tabState, setTabState] = useState(start.state);
  const offered = answered ? [] : ticksToOffer(options, tabState, draft);

  useEffect(() => {
    if (!tab) return;
    const key = tabKey(tab.id);
    const adopt = (value: unknown) =>
      setTabState({ ...emptyTab(), ...(value as Partial<TabRecord> | undefined) });
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) adopt(changes[key]?.newValue);
    };
    nativeBrowser().storage.session.onChanged.addListener(onChanged);
    // Read once more: a change between the first paint's read and now had no listener yet.
    void nativeBrowser()
      .storage.session.get(key)
      .then((stored) => adopt(stored[key]));
    return () => nativeBrowser().storage.session.onChanged.removeListener(onChanged);
  }, []);

  // Esc closes the popup, as it closes the browser's own; a control that takes the key for itself
  // (an open list, a dialog) handles it first and says so.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // After the paint, and again when quiet mode changes: which rule, if any, holds nudges back on
  // this tab's site (with no tab, there is no site to ask about; the quiet switch is in view).
  useEffect(() => {
    if (!tab) return;
    void messages()
      .then((m) => m.sendMessage('whyQuiet', tab.id))
      .then(setWhy, () => setWhy(null));
  }, [quiet]);

  // The form painted from the cached options; the packs may have changed since. Re-derive them
  // and repaint only when they differ.
  useEffect(() => {
    if (!start.cached) return;
    void readFormOptions().then((next) => {
      if (JSON.stringify(next) === JSON.stringify(start.options)) return;
      const refilled = prefill(next, start.state, start.lastKind);
      setOptions(next);
      setFresh(refilled);
      // Only the untouched first prefill is redone; a restored draft or any change the user made
      // (even just the kind) stays as it is.
      setDraft((d) => (d === fresh ? refilled : d));
    });
  }, []);

  const origin = tab ? toSiteOrigin(tab.url) : null;

  async function toggleSite(on: boolean) {
    if (!origin) return;
    if (on) {
      // Must run inside the click: browsers only prompt for permissions on a user gesture.
      const granted = await nativeBrowser().permissions.request({ origins: [sitePattern(origin)] });
      if (!granted) return setMessage(i18n.t('popup.noAccess', { origin }));
      const result = await tryWrite(
        async () => (await messages()).sendMessage('enableSite', origin),
        setMessage,
      );
      if (!result.ok) return;
      if (!result.value.ok) return setMessage(result.value.error);
    } else {
      const done = await tryWrite(
        async () => (await messages()).sendMessage('disableSite', origin),
        setMessage,
      );
      if (!done.ok) return;
    }
    setSites(await (await settings()).sitesItem.getValue());
    setMessage(on ? i18n.t('popup.siteOn', { origin }) : i18n.t('popup.siteOff', { origin }));
  }

  function change(next: EncounterDraft) {
    setDraft(next);
    setMessage('');
    // The warning follows the note as it is typed (a name is flagged at once, not at the next
    // Save); it disappears once nothing is left to flag.
    void noteCheck().then((c) => setIdentifiers(c.findIdentifiers(next.note)));
    void drafts().then((d) => d.saveDraft(next));
  }

  async function discard() {
    await (await drafts()).clearDraft();
    setDraft(fresh);
    setIdentifiers(null);
    setMessage(i18n.t('popup.draftDiscarded'));
  }

  async function save(checked = false) {
    const spans = checked ? [] : (await noteCheck()).findIdentifiers(draft.note);
    if (spans.length > 0) return setIdentifiers(spans);
    setIdentifiers(null);
    setSaving(true);
    const written = await tryWrite(async () => {
      const [{ activePacks }, { addEncounter }] = await Promise.all([
        import('../../storage/active-packs'),
        import('../../storage/encounters'),
      ]);
      const packs = await activePacks();
      await addEncounter({
        ...draft,
        packVersions: Object.fromEntries(packs.map((p) => [p.id, p.version])),
      });
    }, setMessage);
    if (!written.ok) {
      // Nothing is lost: the form keeps the entry, and so does its draft (written again here, as
      // an untouched prefill never was), so Save can be tried again, even after the popup closes.
      setSaving(false);
      await (await drafts()).saveDraft(draft).catch(() => undefined);
      return;
    }
    // The entry is stored; tidying up after it must not leave Save stuck if it fails, nor while
    // the background is slow to answer (busy with a tab that does not respond): a second at most.
    const tidy = tab && messages().then((m) => m.sendMessage('clearTabState', tab.id));
    await Promise.allSettled([
      drafts().then((d) => d.clearDraft()),
      // The user's last choice of kind: the next entry's, when no nudge says which moment it was.
      import('../../storage/form-options').then((f) => f.lastKindItem.setValue(draft.kind)),
      Promise.race([tidy, new Promise((done) => setTimeout(done, 1_000))]),
    ]);
    setFresh(emptyDraft(draft.kind));
    setDraft(emptyDraft(draft.kind));
    setAnswered(true);
    setSaving(false);
    setMessage(i18n.t('popup.saved'));
  }

  return (
    <div class="popup">
      <h1>{i18n.t('extName')}</h1>
      <SiteToggle
        origin={origin}
        enabled={origin !== null && sites.includes(origin)}
        quiet={quiet}
        onToggleSite={toggleSite}
        onToggleQuiet={async (on) => {
          const done = await tryWrite(
            async () => (await settings()).quietModeItem.setValue(on),
            setMessage,
          );
          if (done.ok) setQuiet(on);
        }}
      />
      <QuietReason reason={why?.reason ?? null} until={why?.until ?? null} />
      {
        <EncounterForm
          key={options.items.map((i) => i.id).join()}
          kinds={options.kinds}
          items={options.items}
          checklist={options.checklist}
          draft={draft}
          onChange={change}
          onSave={() => void save()}
          saving={saving}
          identifiers={identifiers}
          onRemoveIdentifiers={() => {
            change({
              ...draft,
              note: check?.removeIdentifiers(draft.note) ?? draft.note,
            });
            setIdentifiers(null);
          }}
          onSaveAnyway={() => void save(true)}
          onDiscard={isBlank(draft) ? undefined : () => void discard()}
          tickOffer={
            offered.length > 0
              ? {
                  count: offered.length,
                  onAnswer: (include) => {
                    setAnswered(true);
                    if (include) change({ ...draft, checklist: [...draft.checklist, ...offered] });
                  },
                }
              : null
          }
          footer={
            <p class="status" role="status" data-testid="popup-status">
              {message}
            </p>
          }
        />
      }
      <p class="popup-links">
        <a href="/studio.html" target="_blank" rel="noopener" data-testid="open-studio">
          {i18n.t('studio.open')}
        </a>
      </p>
    </div>
  );
}
