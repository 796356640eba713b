import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardTree } from '../../components/card-markup';
import { NUDGE_MESSAGES } from '../../components/nudge-messages';
import { setDismissReason } from '../../storage/events';
import { installBuiltins } from '../../storage/packs';
import { sitesItem } from '../../storage/settings';
import { getTab, removeTab } from '../../storage/tab-state';
import { messageTable } from '../../utils/i18n';
import { onMessage, sendMessage } from '../../utils/messages';
import { handleAction } from './actions';
import { loadBuiltins } from './builtin-files';
import { handleCommand, TOGGLE_COMMAND } from './command';
import { handleCorner } from './corners';
import { injectCardUi } from './inject';
import { handleMatches } from './matches';
import { registerPacks } from './packs';
import { warmPolicyInput } from './policy-input';
import { handleShown } from './shown';
import { disableSite, enableSite, isEnabledUrl, syncWatcher } from './sites';
import { forgetQueue } from './tab-queue';
import { handleClear, handleTick } from './ticks';
import { cachedTriggers, watchTriggerInputs } from './trigger-cache';
import { triggersFor } from './triggers';
import { registerWelcome } from './welcome';
import { whyQuiet } from './why-quiet';

/** The e2e build serves its fixture sites here and enables them at install (see docs/testing.md). */
const E2E_SITES = ['http://127.0.0.1', 'http://localhost'];

function senderTab(sender: { tab?: { id?: number; url?: string } }): { id: number; url: string } {
  const id = sender.tab?.id;
  const url = sender.tab?.url;
  // i18n-ignore: a protocol error between our own scripts, never shown to a user.
  if (id === undefined || !url) throw new Error('This message must come from a tab');
  return { id, url };
}

/**
 * The tab of a message only the overlay sends: the overlay runs in the top frame alone, so a
 * message from any other frame is refused (hardening: it cannot act on the card it has not got).
 */
function overlayTab(sender: { tab?: { id?: number; url?: string }; frameId?: number }): {
  id: number;
  url: string;
} {
  const tab = senderTab(sender);
  // i18n-ignore: a protocol error between our own scripts, never shown to a user.
  if (sender.frameId !== 0) throw new Error('This message must come from the top frame');
  return tab;
}

export default defineBackground(() => {
  registerWelcome();
  watchTriggerInputs();
  browser.runtime.onInstalled.addListener(async () => {
    // Read from the extension's files here only: bundled, they were most of the worker's code.
    await installBuiltins(await loadBuiltins());
    if (import.meta.env.MODE === 'e2e') {
      const sites = await sitesItem.getValue();
      await sitesItem.setValue([...new Set([...sites, ...E2E_SITES])].sort());
    }
    await syncWatcher();
  });
  browser.runtime.onStartup.addListener(() => void syncWatcher());
  browser.permissions.onRemoved.addListener(() => void syncWatcher());
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetQueue(tabId);
    void removeTab(tabId);
  });

  // Answered from storage.session when the site's triggers are known: no database on a wake-up.
  onMessage('getTriggers', async ({ sender }) => {
    const moments = await cachedTriggers(sender.url, triggersFor);
    if (moments.length) warmPolicyInput();
    return moments;
  });
  onMessage('reportMatches', async ({ sender, data }) => {
    const tab = senderTab(sender);
    if (!(await isEnabledUrl(tab.url))) return;
    await handleMatches(tab.id, tab.url, data.momentIds);
  });
  onMessage('getNudge', async ({ sender }) => {
    const { nudge } = await getTab(senderTab(sender).id);
    return nudge ? { nudge, messages: messageTable(NUDGE_MESSAGES), tree: cardTree(nudge) } : null;
  });
  onMessage('loadCardUi', ({ sender }) => injectCardUi(overlayTab(sender).id));
  onMessage('nudgeShown', ({ sender, data }) => {
    const tab = overlayTab(sender);
    return handleShown(tab.id, tab.url, data);
  });
  onMessage('nudgeAction', ({ sender, data }) => {
    const tab = overlayTab(sender);
    return handleAction(tab.id, tab.url, data);
  });
  onMessage('setChecklistTick', ({ sender, data }) =>
    handleTick(overlayTab(sender).id, data.itemId, data.ticked),
  );
  onMessage('clearTabState', ({ data: tabId }) => handleClear(tabId));
  onMessage('whyQuiet', ({ data: tabId }) => whyQuiet(tabId));
  onMessage('dismissReason', ({ sender, data }) => {
    overlayTab(sender);
    return setDismissReason(data.promptId, data.reason);
  });
  onMessage('setCorner', ({ sender, data }) => handleCorner(overlayTab(sender).url, data));
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_COMMAND || tab?.id === undefined || !tab.url?.startsWith('http')) return;
    const tabId = tab.id;
    await handleCommand(tabId, tab.url, () =>
      sendMessage('toggleOverlay', undefined, { tabId, frameId: 0 }),
    );
  });
  onMessage('enableSite', ({ data }) => enableSite(data));
  onMessage('disableSite', ({ data }) => disableSite(data));
  registerPacks();
});
