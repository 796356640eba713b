import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompiledMoment } from '../prompts/triggers/compile';

/** What the overlay renders: one prompt, already chosen by the background's policy. */
export interface NudgeView {
  promptId: string;
  packId: string;
  momentId: string;
  kind: string;
  title: string;
  text: string;
  framework: string;
  seconds: number;
  /** The active-listening checklist for this encounter, if a pack provides one. */
  checklist: { id: string; text: string }[];
  ticked: string[];
}

/** Something the user did with a nudge; recorded as a prompt event (never page content). */
export type NudgeAction = 'used' | 'copied' | 'snoozed' | 'dismissed' | 'collapsed';

/** The encounter state the overlay gathered in one tab, handed to the popup's log. */
export interface TabState {
  ticked: string[];
  promptsUsed: string[];
}

/**
 * The one protocol between content scripts (watcher, overlay), the popup/options and the
 * background. Content scripts never open IndexedDB; they ask the background here.
 */
export interface ProtocolMap {
  /** Watcher: the compiled triggers for the sender's site (empty when the site is not enabled). */
  getTriggers(): CompiledMoment[];
  /** Watcher: moment ids that match the page now; `top` is false inside a frame. */
  reportMatches(data: { momentIds: string[]; url: string; top: boolean }): void;
  /** Overlay: the nudge the background decided to show in this tab, if any. */
  getNudge(): NudgeView | null;
  /** Overlay: the user acted on the nudge. */
  nudgeAction(data: {
    promptId: string;
    packId: string;
    momentId: string;
    action: NudgeAction;
  }): void;
  /** Overlay: a checklist item was ticked or unticked for this tab's encounter. */
  setChecklistTick(data: { itemId: string; ticked: boolean }): void;
  /** Popup: what the overlay gathered for a tab (checklist ticks, prompts used). */
  getTabState(tabId: number): TabState;
  /** Popup: the encounter for a tab was logged; its gathered state starts afresh. */
  clearTabState(tabId: number): void;
  /** Popup/options: enable Attune on an origin (host permission must already be granted). */
  enableSite(origin: string): { ok: true } | { ok: false; error: string };
  /** Popup/options: disable Attune on an origin and unregister the watcher there. */
  disableSite(origin: string): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
