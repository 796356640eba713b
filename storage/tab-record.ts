// One tab's encounter record, with no storage code: the popup's first paint builds on it without
// loading the storage library (storage/keys.ts says why).
import type { NudgeView } from '../utils/messages';

/**
 * What Attune knows about one tab's current encounter. Kept in session storage: it survives the
 * service worker sleeping, and is gone when the browser closes.
 */
export interface TabRecord {
  /** A nudge was already shown during this visit. */
  shown: boolean;
  /** The nudge the overlay should render, if any. */
  nudge: NudgeView | null;
  ticked: string[];
  promptsUsed: string[];
  /** Moment ids the watcher last reported in this tab (ids only, never page text). */
  matched: string[];
}

/** An empty record for a tab. */
export const emptyTab = (): TabRecord => ({
  shown: false,
  nudge: null,
  ticked: [],
  promptsUsed: [],
  matched: [],
});
