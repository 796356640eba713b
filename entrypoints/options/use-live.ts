import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The latest answer of a database query, asked again whenever a table it read changes: in this
 * page, in another Attune page (Dexie tells them over a BroadcastChannel) or by an import.
 * `undefined` until the first answer. Rows written behind Dexie's back (raw IndexedDB, as tests
 * and benches seed) are not seen.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // Subscribed as soon as the view is rendered, not after it is painted: the first answer is what
  // the view is waiting for.
  useLayoutEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: setValue,
      // A failed read leaves the last answer on screen; the console says why.
      error: (e: unknown) => console.error(e),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
