import { browser } from 'wxt/browser';
import { tryWrite } from '../../components/try-write';
import { skillLabel } from '../../components/WelcomeFocus';
import type { WelcomeStatus } from '../../components/WelcomeSite';
import { nudgeSettingsItem, readNudgeSettings } from '../../storage/settings';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { i18n } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';

type Say = (status: WelcomeStatus) => void;
const error = (say: Say) => (text: string) => say({ text, error: true });

/**
 * Turns Attune on for a site as Options › Sites does: the site's permission asked for first,
 * inside the user's click, then the background enables it. Resolves whether it is on.
 */
export async function enableSite(input: string, say: Say): Promise<boolean> {
  const origin = toSiteOrigin(input);
  if (!origin) {
    say({ text: i18n.t('welcome.site.notAnAddress', { input }), error: true });
    return false;
  }
  // The first await of the click: browsers only ask for a permission on a user gesture.
  const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
  if (!granted) {
    say({ text: i18n.t('welcome.site.notGranted', { origin }), error: true });
    return false;
  }
  const result = await tryWrite(() => sendMessage('enableSite', origin), error(say));
  if (!result.ok) return false;
  if (!result.value.ok) {
    say({ text: result.value.error, error: true });
    return false;
  }
  say({ text: i18n.t('welcome.site.on', { origin }), error: false });
  return true;
}

/**
 * The sites of the open tabs that Attune may read but is not on for. Without the `tabs`
 * permission the browser shows Attune only the addresses of tabs on sites it may read, so these
 * are sites granted before (by the user or the organisation) and not turned on.
 */
export async function openSites(enabled: readonly string[]): Promise<string[]> {
  const tabs = await browser.tabs.query({});
  const origins = tabs.map((t) => (t.url ? toSiteOrigin(t.url) : null));
  return [...new Set(origins)]
    .filter((o): o is string => o !== null && !enabled.includes(o) && /^https?:/.test(o))
    .sort();
}

/** Stores the focus skill where Options › Nudges keeps it, and says so. */
export async function saveFocus(skill: string | null, say: Say): Promise<void> {
  const written = await tryWrite(async () => {
    const settings = await readNudgeSettings();
    await nudgeSettingsItem.setValue({ ...settings, focusComponent: skill });
  }, error(say));
  if (!written.ok) return;
  say({
    text: skill
      ? i18n.t('welcome.focus.saved', { skill: skillLabel(skill) })
      : i18n.t('welcome.focus.cleared'),
    error: false,
  });
}
