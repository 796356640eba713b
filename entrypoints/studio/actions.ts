import { browser } from 'wxt/browser';
import { canonicalJson } from '../../prompts/canonical';
import { fingerprint, signPack } from '../../prompts/signing';
import type { Picked, PickerStrings } from '../../prompts/studio/pick-page';
import type { Probe, ProbeResult } from '../../prompts/studio/tab-test';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { i18n } from '../../utils/i18n';
import type { TeachApi } from '../picker';

/**
 * Signs a pack with the key in the trainer's key file (the CLI's `pack keygen` format). The
 * file is read here, for this signature only: its text is never kept or stored.
 */
export async function signWithKeyFile(
  keyFile: Blob,
  doc: Record<string, unknown>,
): Promise<
  { ok: true; doc: Record<string, unknown>; signer: string } | { ok: false; error: string }
> {
  let keys: unknown;
  try {
    keys = JSON.parse(await keyFile.text());
  } catch {
    return { ok: false, error: i18n.t('studio.status.keyFileBad') };
  }
  const k = keys as { publicKey?: unknown; privateKey?: unknown } | null;
  if (typeof k?.publicKey !== 'string' || typeof k.privateKey !== 'string')
    return { ok: false, error: i18n.t('studio.status.keyFileBad') };
  try {
    const signed = await signPack(doc, { publicKey: k.publicKey, privateKey: k.privateKey });
    return { ok: true, doc: signed, signer: await fingerprint(k.publicKey) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ok: false, error: i18n.t('studio.status.signFailed', { error }) };
  }
}

/** A new draft's key: random, so two drafts of the same pack never overwrite each other. */
export const newDraftKey = (): string => crypto.randomUUID();

/** Whether two documents are the same data (key order aside). */
export const sameDoc = (a: unknown, b: unknown): boolean => {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
};

/** A tab the studio may test: on a site whose host permission Attune holds. */
export interface TabChoice {
  id: number;
  title: string;
  url: string;
}

/**
 * The open tabs on sites Attune may read (the browser shows an extension the address of those
 * only), and how many others there are. The studio's own tab is left out.
 */
export async function readableTabs(): Promise<{ tabs: TabChoice[]; hidden: number }> {
  const [all, self] = await Promise.all([browser.tabs.query({}), browser.tabs.getCurrent()]);
  const tabs: TabChoice[] = [];
  let hidden = 0;
  for (const t of all) {
    if (t.id === undefined || t.id === self?.id) continue;
    if (t.url && /^https?:/.test(t.url)) tabs.push({ id: t.id, title: t.title ?? '', url: t.url });
    else if (!t.url) hidden++;
  }
  return { tabs, hidden };
}

/**
 * Asks the browser, from the trainer's click, to let Attune read a site. Null when the input is
 * not a site address. This is the host permission alone: the site is not turned on for nudges.
 */
export async function allowSite(input: string): Promise<boolean | null> {
  const origin = toSiteOrigin(input);
  if (!origin) return null;
  return browser.permissions.request({ origins: [sitePattern(origin)] });
}

type Api = TeachApi;

/** Runs `func` in the tab's top frame after injecting the picker script (which only answers). */
async function inTab<A extends unknown[], R>(
  tabId: number,
  func: (...args: A) => R,
  args: A,
): Promise<Awaited<R>> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/picker.js'] });
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  return first?.result as Awaited<R>;
}

/** Runs the draft's triggers in the tab through the watcher's matcher; only yes/no comes back. */
export const testOnTab = (tabId: number, probes: Probe[]): Promise<ProbeResult[]> =>
  // The function is serialised into the tab: it may use only its arguments and the tab's globals.
  inTab(
    tabId,
    (p: Probe[]) => (globalThis as unknown as { attuneTeach: Api }).attuneTeach.test(p),
    [probes],
  );

/** How many elements a selector matches in the tab, and the first one's words. */
export const checkOnTab = (tabId: number, selector: string) =>
  inTab(
    tabId,
    (s: string) => (globalThis as unknown as { attuneTeach: Api }).attuneTeach.check(s),
    [selector],
  );

/**
 * Brings the tab forward for the trainer to pick an element in it, waits for the pick (or Esc),
 * then comes back to the studio.
 */
export async function pickOnTab(tabId: number, strings: PickerStrings): Promise<Picked | null> {
  const [self, tab] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.get(tabId)]);
  await browser.scripting.executeScript({ target: { tabId }, files: ['/picker.js'] });
  await browser.tabs.update(tabId, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: (s: PickerStrings) =>
        (globalThis as unknown as { attuneTeach: Api }).attuneTeach.pick(s),
      args: [strings],
    });
    return (first?.result as Picked | null | undefined) ?? null;
  } finally {
    if (self?.id !== undefined) await browser.tabs.update(self.id, { active: true });
    if (self?.windowId !== undefined)
      await browser.windows.update(self.windowId, { focused: true });
  }
}
