import { storage } from 'wxt/utils/storage';

/** What the last application of the organisation's policy left to do or could not do. */
export interface PolicyState {
  /** Sites the policy lists whose host permission the browser has not granted yet. */
  pendingSites: string[];
  /** Packs or URLs the policy lists that could not be installed, and why. */
  errors: string[];
  at: number;
}

/** Written by the background after each policy sync; read by the options page. */
export const policyStateItem = storage.defineItem<PolicyState>('local:policy-state', {
  fallback: { pendingSites: [], errors: [], at: 0 },
  version: 1,
});
