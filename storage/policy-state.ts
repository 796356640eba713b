import { storage } from 'wxt/utils/storage';

/** What the last application of the organisation's policy left to do or could not do. */
export interface PolicyState {
  /** Sites the policy lists whose host permission the browser has not granted yet. */
  pendingSites: string[];
  /** Packs or URLs the policy lists that could not be installed, and why. */
  errors: string[];
  at: number;
  /**
   * The policy switched Attune's built-in packs off (`builtinPacks: "off"`): only installed
   * packs' prompts are used. Absent in a state written before the switch existed.
   */
  builtinsOff?: boolean;
  /** The last managed read held no key at all (the policy may not have been loaded yet). */
  emptyRead?: boolean;
}

/** Written by the background after each policy sync; read by the options page. */
export const policyStateItem = storage.defineItem<PolicyState>('local:policy-state', {
  fallback: { pendingSites: [], errors: [], at: 0 },
  version: 1,
});

/** The managed-storage key (public/managed_schema.json) that switches the built-in packs off. */
export const BUILTIN_PACKS_KEY = 'builtinPacks';

/**
 * Whether built-in packs are off after reading `managed`, given the last state. Chrome can hand an
 * empty managed storage to a worker that starts before the policy is loaded: an empty read keeps
 * the last answer, and only a second empty read in a row turns built-ins back on.
 */
export function builtinsOffAfter(
  managed: Record<string, unknown>,
  last: Pick<PolicyState, 'builtinsOff' | 'emptyRead'>,
): boolean {
  const empty = Object.keys(managed).length === 0;
  if (empty && !last.emptyRead) return last.builtinsOff === true;
  return managed[BUILTIN_PACKS_KEY] === 'off';
}
