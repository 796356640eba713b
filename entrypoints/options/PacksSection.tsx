import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PackInstall } from '../../components/PackInstall';
import { PackList, type PackRow } from '../../components/PackList';
import { PolicyNotice } from '../../components/PolicyNotice';
import { ProblemList } from '../../components/ProblemList';
import { endonym, primaryLanguage } from '../../components/pack-order';
import { ScriptLanguage } from '../../components/ScriptLanguage';
import { tryWrite } from '../../components/try-write';
import type { Problem } from '../../prompts/validate';
import { listEditions } from '../../storage/active-packs';
import { installPack, removePack, setPackEnabled } from '../../storage/packs';
import { forgetKeys, pinKey } from '../../storage/pinned-keys';
import { BROWSER_LANGUAGE, pickLanguage, scriptLanguageItem } from '../../storage/script-language';
import { readPackFile } from '../../storage/sources/file';
import type { RefreshOutcome } from '../../storage/sources/types';
import { allowLocalHttp, parsePackUrl } from '../../storage/sources/url';
import { triggersChanged } from '../../storage/trigger-stamp';
import { i18n, uiLocale } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
// The overlay's own stylesheet, inlined: a pack's preview is the card a clinician sees.
import css from '../overlay/style.css?inline';
import { grantPolicySite, releaseOrigin } from './pack-actions';
import { usePackRows } from './use-pack-rows';

/** One row per pack: a built-in pack once, by its edition in `language`, with every edition's id. */
function oneEditionEach(rows: readonly PackRow[], language: string): PackRow[] {
  return listEditions(rows, (r) => r.stored, language).map(({ item, base, editions }) =>
    item.stored.source === 'builtin' ? { ...item, edition: { base, ids: editions } } : item,
  );
}

/** The languages the built-in packs come in, in the order first installed ("en", "es"). */
const builtinLanguages = (rows: readonly PackRow[]) => [
  ...new Set(
    rows
      .filter((r) => r.stored.source === 'builtin')
      .map((r) => primaryLanguage(r.stored.pack.locale)),
  ),
];

/** Options › Prompt packs: install from a file or URL, and each pack's state, preview and controls. */
export function PacksSection({ say }: { say: (message: string) => void }) {
  const { rows, policy, choice, reread } = usePackRows();
  const [refused, setRefused] = useState<{ subject: string; problems: Problem[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const language = pickLanguage(choice, uiLocale());
  const listed = useMemo(() => oneEditionEach(rows, language), [rows, language]);

  async function chooseLanguage(next: string | null) {
    const written = await tryWrite(
      () => scriptLanguageItem.setValue(next ?? BROWSER_LANGUAGE),
      say,
    );
    if (!written.ok) return;
    // The editions' keywords differ: the sites' cached triggers must be worked out again.
    await triggersChanged();
    say(i18n.t('packs.scriptsNow', { language: endonym(pickLanguage(next, uiLocale())) }));
  }

  const report = (
    subject: string,
    r:
      | { ok: true; status: InstallStatus; version: string; name: string }
      | { ok: false; problems: Problem[] },
  ) => {
    setRefused(r.ok ? null : { subject, problems: r.problems });
    say(r.ok ? installedMessage(r) : i18n.t('packs.notInstalled', { subject }));
  };

  async function installFiles(files: File[]) {
    setBusy(true);
    for (const file of files) {
      const written = await tryWrite(
        async () => installPack(await readPackFile(file), 'file'),
        say,
      );
      if (!written.ok) break;
      const r = written.value;
      report(
        file.name,
        r.ok ? { ok: true, status: r.status, version: r.pack.version, name: r.pack.pack.name } : r,
      );
      if (!r.ok) break;
    }
    setBusy(false);
  }

  async function installUrl(address: string) {
    const url = parsePackUrl(address, allowLocalHttp());
    if (typeof url === 'string')
      return report(address, { ok: false, problems: [{ path: '', message: url }] });
    // Must run inside the click: the browser asks for this one origin only on a user gesture.
    const granted = await browser.permissions.request({
      origins: [`${url.protocol}//${url.hostname}/*`],
    });
    if (!granted) return say(i18n.t('options.notGranted', { origin: url.origin }));
    setBusy(true);
    const r = await sendMessage('installPackUrl', { url: url.href });
    setBusy(false);
    report(url.href, r.ok ? { ok: true, status: r.status, version: r.version, name: r.id } : r);
  }

  return (
    <section aria-labelledby="packs-h">
      <h2 id="packs-h">{i18n.t('packs.heading')}</h2>
      <p>
        <a href="/studio.html" target="_blank" rel="noopener" data-testid="open-studio">
          {i18n.t('studio.open')}
        </a>
      </p>
      {policy && (
        <PolicyNotice
          state={policy}
          onGrant={async (site) => {
            const granted = await tryWrite(() => grantPolicySite(site), say);
            if (granted.ok) say(granted.value);
          }}
        />
      )}
      <PackInstall
        onFiles={(f) => void installFiles(f)}
        onUrl={(u) => void installUrl(u)}
        busy={busy}
      />
      {refused && <ProblemList subject={refused.subject} problems={refused.problems} />}
      <p>
        <button
          type="button"
          data-testid="pack-check-updates"
          onClick={async () => {
            const outcomes = await sendMessage('refreshPacks');
            say(
              outcomes.length === 0
                ? i18n.t('packs.noUrlPacks')
                : outcomes
                    .map((o) => i18n.t('packs.refreshOutcome', { id: o.id, outcome: outcome(o) }))
                    .join('; '),
            );
          }}
        >
          {i18n.t('packs.checkUpdates')}
        </button>
      </p>
      {/* Only where there is a choice: built-ins in several languages, not switched off. */}
      {builtinLanguages(rows).length > 1 && policy?.builtinsOff !== true && (
        <ScriptLanguage
          choice={choice}
          browserLanguage={uiLocale()}
          languages={builtinLanguages(rows)}
          onChoose={(next) => void chooseLanguage(next)}
        />
      )}
      <PackList
        packs={listed}
        cardCss={css}
        builtinsOff={policy?.builtinsOff === true}
        onToggle={async (id, on) => {
          // A built-in pack's editions go on and off together: a change of language keeps it.
          const ids = listed.find((r) => r.stored.id === id)?.edition?.ids ?? [id];
          try {
            for (const one of ids) await setPackEnabled(one, on);
          } catch (e) {
            say((e as Error).message);
            reread();
          }
        }}
        onRemove={async (id) => {
          const url = rows.find((row) => row.stored.id === id)?.stored.url;
          const removed = await tryWrite(() => removePack(id), say);
          if (!removed.ok) return;
          const r = removed.value;
          if (r.ok && url) await releaseOrigin(url);
          say(r.ok ? i18n.t('packs.removed') : r.error);
        }}
        onPin={async (id) => {
          const key = rows.find((r) => r.stored.id === id)?.stored.signedBy;
          if (!key) return;
          if (!(await tryWrite(() => pinKey(id, key), say)).ok) return;
          say(i18n.t('packs.keyPinned'));
        }}
        onForget={async (id) => {
          const name = rows.find((r) => r.stored.id === id)?.stored.pack.name ?? id;
          if (!(await tryWrite(() => forgetKeys(id), say)).ok) return;
          say(i18n.t('packs.keyForgotten', { name }));
        }}
      />
    </section>
  );
}

type InstallStatus = 'installed' | 'updated' | 'unchanged';

/** What the status line says after a pack was installed (or was already there). */
function installedMessage(r: { status: InstallStatus; name: string; version: string }): string {
  const values = { name: r.name, version: r.version };
  switch (r.status) {
    case 'installed':
      return i18n.t('packs.installed', values);
    case 'updated':
      return i18n.t('packs.updated', values);
    case 'unchanged':
      return i18n.t('packs.alreadyInstalled', values);
  }
}

/** One pack's update check, in words; an error is the source's own message. */
function outcome(o: RefreshOutcome): string {
  switch (o.status) {
    case 'not-modified':
      return i18n.t('packs.outcomeNotModified');
    case 'updated':
      return i18n.t('packs.outcomeUpdated');
    case 'unchanged':
      return i18n.t('packs.outcomeUnchanged');
    case 'error':
      return o.message;
  }
}
