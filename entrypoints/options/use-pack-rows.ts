import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { PackRow } from '../../components/PackList';
import { listPacks } from '../../storage/packs';
import { pinnedKeysItem } from '../../storage/pinned-keys';
import { type PolicyState, policyStateItem } from '../../storage/policy-state';
import { BROWSER_LANGUAGE, scriptLanguageItem } from '../../storage/script-language';
import type { StoredPack } from '../../utils/domain';
import { loadRows } from './pack-actions';

/** What Options › Packs shows, as stored now. */
export interface PackState {
  rows: PackRow[];
  policy: PolicyState | null;
  /** The language chosen for built-in scripts; null follows the browser's. */
  choice: string | null;
  /** Reads again: after a refused change, so a control the user moved shows what is stored. */
  reread: () => void;
}

/**
 * The packs as the section lists them, kept up to date: a pack the background installs (the
 * policy, a URL refresh, the built-ins at first run) or another Attune page changes shows without
 * a reload. The packs table is followed with a Dexie live query (Dexie tells every Attune context
 * of a write over a BroadcastChannel); pins, the policy's state and the script language live in
 * extension storage, whose changes every page hears.
 */
export function usePackRows(): PackState {
  const [state, setState] = useState<Omit<PackState, 'reread'>>({
    rows: [],
    policy: null,
    choice: null,
  });
  const [reread, setReread] = useState<() => void>(() => () => undefined);
  useEffect(() => {
    let packs: StoredPack[] | undefined;
    let asked = 0;
    let live = true;
    const read = async () => {
      if (!packs) return;
      const ask = ++asked;
      const [rows, policy, chosen] = await Promise.all([
        loadRows(packs),
        policyStateItem.getValue(),
        scriptLanguageItem.getValue(),
      ]);
      // Only the newest read is drawn: an older one finishing late would show a stale list.
      if (live && ask === asked)
        setState({ rows, policy, choice: chosen === BROWSER_LANGUAGE ? null : chosen });
    };
    const sub = liveQuery(listPacks).subscribe({
      next: (next) => {
        packs = next;
        void read();
      },
      error: (e: unknown) => console.error(e),
    });
    setReread(() => () => void read());
    const unwatch = [pinnedKeysItem, policyStateItem, scriptLanguageItem].map((item) =>
      item.watch(() => void read()),
    );
    return () => {
      live = false;
      sub.unsubscribe();
      for (const stop of unwatch) stop();
    };
  }, []);
  return { ...state, reread };
}
