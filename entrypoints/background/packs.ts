import { browser } from 'wxt/browser';
import { installPack, listPacks } from '../../storage/packs';
import { builtinsOffAfter, policyStateItem } from '../../storage/policy-state';
import { refreshAll } from '../../storage/sources';
import { applyPolicy, readPolicy } from '../../storage/sources/policy';
import {
  allowLocalHttp,
  type DownloadOptions,
  download,
  parsePackUrl,
  REFRESH_MINUTES,
} from '../../storage/sources/url';
import { i18n } from '../../utils/i18n';
import { onMessage } from '../../utils/messages';
import { applyOrg } from './org';
import { enableSite } from './sites';

const ALARM = 'attune-pack-refresh';

/**
 * Applies the organisation's policy (packs, pinned keys, sites, the built-in packs' switch), if
 * the browser has one.
 */
export async function syncPolicy(): Promise<string[]> {
  // An organisation build's own packs and sites come first, policy or none (background/org.ts).
  const org = await applyOrg();
  for (const e of org.errors) console.warn('Attune organisation build:', e);
  let managed: Record<string, unknown>;
  try {
    managed = await browser.storage.managed.get();
  } catch {
    return org.errors; // no policy set up (Firefox without policies.json throws here)
  }
  const last = await policyStateItem.getValue();
  // Switched at once, before the packs download: a page that opens meanwhile already follows it.
  const builtinsOff = builtinsOffAfter(managed, last);
  const emptyRead = Object.keys(managed).length === 0;
  if (builtinsOff !== (last.builtinsOff === true))
    await policyStateItem.setValue({ ...last, builtinsOff, emptyRead });
  const policy = readPolicy(managed);
  const result = await applyPolicy(policy, Date.now(), fetch, org.ids);
  const pendingSites: string[] = [];
  for (const site of policy.sites) {
    // Policy cannot grant an optional host permission; a site not yet granted waits for the user.
    const r = await enableSite(site);
    if (!r.ok) {
      result.errors.push(i18n.t('background.policySite', { site, error: r.error }));
      pendingSites.push(site);
    }
  }
  for (const e of result.errors) console.warn('Attune policy:', e);
  await policyStateItem.setValue({
    pendingSites,
    errors: result.errors,
    at: Date.now(),
    builtinsOff,
    emptyRead,
  });
  return result.errors;
}

/**
 * Downloads a pack from a URL the user gave (the options page already holds its permission) and
 * installs it under that URL: the download follows no redirect, so the stored address is where
 * the pack came from.
 */
export async function installFromUrl(address: string, options: DownloadOptions = {}) {
  const url = parsePackUrl(address, allowLocalHttp());
  if (typeof url === 'string')
    return { ok: false as const, problems: [{ path: '', message: url }] };
  const got = await download(url.href, {}, fetch, options);
  if (got.status !== 'ok') {
    const message = got.status === 'error' ? got.message : i18n.t('background.noContent');
    return { ok: false as const, problems: [{ path: '', message }] };
  }
  const r = await installPack(got.text, 'url', {
    url: url.href,
    etag: got.etag,
    lastModified: got.lastModified,
  });
  return r.ok ? { ok: true as const, status: r.status, id: r.pack.id, version: r.pack.version } : r;
}

/** Makes sure the daily update check of URL and policy packs is scheduled. */
export async function scheduleRefresh(): Promise<void> {
  if (!(await browser.alarms.get(ALARM)))
    await browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
}

/** Runs the update check when its alarm fires. */
export async function handleAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === ALARM) await refreshAll(await listPacks());
}

/** Wires pack sources into the background: daily URL refresh, managed storage, messages. */
export function registerPacks(): void {
  const start = () => void scheduleRefresh().then(syncPolicy);
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
  // Chrome tells running extensions when an admin changes the policy.
  browser.storage.managed?.onChanged?.addListener(() => void syncPolicy());

  onMessage('installPackUrl', ({ data }) => installFromUrl(data.url));
  onMessage('refreshPacks', async () => {
    const outcomes = await refreshAll(await listPacks());
    return Object.entries(outcomes).map(([id, o]) => ({ id, ...o }));
  });
}
