import { browser } from 'wxt/browser';
import { sitesItem } from '../../storage/settings';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { i18n } from '../../utils/i18n';

const WATCHER_ID = 'attune-watcher';
const WATCHER_FILE = '/watcher.js';

async function granted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(origin)] });
}

/**
 * Makes the registered watcher match exactly the enabled sites whose host permission is granted.
 * Registration persists across browser restarts; this reconciles it after any change.
 */
export async function syncWatcher(): Promise<string[]> {
  const sites = await sitesItem.getValue();
  const active: string[] = [];
  for (const site of sites) if (await granted(site)) active.push(site);
  const matches = active.map(sitePattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [WATCHER_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [WATCHER_ID] });
    return active;
  }
  const script = {
    id: WATCHER_ID,
    js: [WATCHER_FILE],
    matches,
    runAt: 'document_start' as const,
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return active;
}

/** Starts the watcher in tabs already open on a newly enabled site, so no reload is needed. */
async function injectIntoOpenTabs(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: sitePattern(origin) });
  await Promise.all(
    tabs.map(
      (tab) =>
        tab.id === undefined
          ? undefined
          : browser.scripting
              .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [WATCHER_FILE] })
              .catch(() => undefined), // a tab that cannot be scripted (an error page) is skipped
    ),
  );
}

/** Enables Attune on a site. The caller must already hold its host permission. */
export async function enableSite(
  input: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const origin = toSiteOrigin(input);
  // The error is shown as it is, in the popup or the options page.
  if (!origin) return { ok: false, error: i18n.t('background.notAnAddress', { input }) };
  if (!(await granted(origin)))
    return { ok: false, error: i18n.t('background.permissionNotGranted', { origin }) };
  const sites = await sitesItem.getValue();
  if (!sites.includes(origin)) await sitesItem.setValue([...sites, origin].sort());
  await syncWatcher();
  await injectIntoOpenTabs(origin);
  return { ok: true };
}

/** Disables Attune on a site and gives back its optional host permission. */
export async function disableSite(input: string): Promise<void> {
  const origin = toSiteOrigin(input);
  if (!origin) return;
  await sitesItem.setValue((await sitesItem.getValue()).filter((s) => s !== origin));
  await syncWatcher();
  // Required permissions (the e2e build's test hosts) cannot be removed; that is fine.
  await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
}

/** Whether a URL belongs to an enabled site. */
export async function isEnabledUrl(url: string | undefined): Promise<boolean> {
  const origin = url ? toSiteOrigin(url) : null;
  return origin !== null && (await sitesItem.getValue()).includes(origin);
}
