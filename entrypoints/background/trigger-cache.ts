import { browser } from 'wxt/browser';
import type { CompiledMoment } from '../../prompts/triggers/compile';
import { TRIGGER_STAMP, triggersChanged } from '../../storage/trigger-stamp';
import { isEnabledUrl } from './sites';

type Compute = (url: string | undefined) => Promise<CompiledMoment[]>;
interface Entry {
  stamp: string;
  moments: CompiledMoment[];
}

/** The e2e build marks the steps on the worker's timeline for the bench's breakdown. */
const mark = (step: string) => import.meta.env.MODE === 'e2e' && performance.mark(`attune-${step}`);

const key = (origin: string) => `triggers:${origin}`;

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * A change in extension storage may change a site's triggers (the enabled sites, the policy's
 * state, managed storage): any write but the cache's own session keys makes the cache stale.
 */
function onStorageChange(_changes: Record<string, unknown>, area: string): void {
  if (area !== 'session') void triggersChanged();
}

/** Listens for what makes the cached triggers stale; call at the worker's start (and it is safe to repeat). */
export function watchTriggerInputs(): void {
  if (!browser.storage.onChanged.hasListener(onStorageChange))
    browser.storage.onChanged.addListener(onStorageChange);
}

/**
 * `compute(url)` (triggersFor) remembered per origin in `storage.session`, so a worker woken by a
 * watcher answers from one session read, without opening the database or compiling. Valid while
 * the stamp the packs' writers change (storage/trigger-stamp.ts) is the one it was computed under.
 */
export async function cachedTriggers(
  url: string | undefined,
  compute: Compute,
): Promise<CompiledMoment[]> {
  mark('get-triggers');
  const origin = originOf(url);
  // The enabled sites are read every time (storage.local, no database): a switch takes effect
  // even where a storage listener was not there to see it.
  if (!origin || !(await isEnabledUrl(url))) return compute(url);
  watchTriggerInputs();
  const got = await browser.storage.session.get([TRIGGER_STAMP, key(origin)]);
  const stamp = String(got[TRIGGER_STAMP] ?? '');
  const entry = got[key(origin)] as Entry | undefined;
  if (entry && entry.stamp === stamp) {
    mark('triggers-cached');
    return entry.moments;
  }
  const moments = await compute(url);
  // Kept only if nothing changed while computing: else the next call computes again.
  const now = await browser.storage.session.get(TRIGGER_STAMP);
  if (String(now[TRIGGER_STAMP] ?? '') === stamp)
    await browser.storage.session.set({ [key(origin)]: { stamp, moments } satisfies Entry });
  return moments;
}
