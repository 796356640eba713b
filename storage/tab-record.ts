// One tab's encounter record, with no storage code: the popup's first paint builds on it without
// loading the storage library (storage/keys.ts says why).
import type { BlockReason } from '../prompts/policy/blocked';
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
  /**
   * The nudge last injected, until the overlay says it is on screen (then "shown" is recorded).
   * Kept across visits: until then the policy counts it as shown, so a page changing its address
   * while the card is still rendering gets no second card.
   */
  pending: PendingNudge | null;
  /** How many watcher reports the background has decided on in this tab (tests wait on it). */
  reports: number;
  /**
   * What the last decision came to: shown, the rule that held it back, no prompt left, or the
   * card could not be put into the page (the tab refused or did not answer the injection).
   */
  decision: 'shown' | 'no-prompt' | 'inject-failed' | BlockReason | null;
  /**
   * The current visit (origin and path) as a salted SHA-256 hash: a path can carry a record
   * number, so only the hash is kept, with a salt that lives as long as the browser session.
   * Kept here, not in the worker's memory, so a worker that was stopped and restarted still
   * knows the visit. Absent until the first report.
   */
  visit?: string;
}

/** A nudge injected into a tab, not yet confirmed on screen. */
export interface PendingNudge {
  promptId: string;
  packId: string;
  momentId: string;
  origin: string;
  /** When it was injected (epoch ms). */
  at: number;
}

/** An empty record for a tab. */
export const emptyTab = (): TabRecord => ({
  shown: false,
  nudge: null,
  ticked: [],
  promptsUsed: [],
  matched: [],
  pending: null,
  reports: 0,
  decision: null,
});
