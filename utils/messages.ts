import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardNode } from '../components/card-tree';
import type { BlockReason } from '../prompts/policy/blocked';
import type { CompiledMoment } from '../prompts/triggers/compile';
import type { Problem } from '../prompts/validate';
import type { RefreshOutcome } from '../storage/sources/types';
import type { DismissReason, PromptEventType } from './domain';
import type { MessageTable } from './i18n';

/** What installing a pack from a URL came to: the pack installed, or every problem by path. */
export type PackInstallReply =
  | { ok: true; status: 'installed' | 'updated' | 'unchanged'; id: string; version: string }
  | { ok: false; problems: Problem[] };

/** What the overlay renders: one prompt, already chosen by the background's policy. */
export interface NudgeView {
  promptId: string;
  packId: string;
  momentId: string;
  kind: string;
  title: string;
  /** The user's own wording when they saved one in Practice, else the pack's. */
  text: string;
  /** The pack's wording, when `text` is the user's own (one click away on the card). */
  packText: string | null;
  framework: string;
  /**
   * The script's estimated seconds, written in the language shown. Formatted by the sender: a
   * number format costs the host page about 4 ms to create, the first time.
   */
  secondsLabel: string;
  /** The active-listening checklist for this encounter, if a pack provides one. */
  checklist: { id: string; text: string }[];
  ticked: string[];
  /** Arrive as the small pill: the user keeps dismissing this prompt. */
  startCollapsed: boolean;
  /** The corner the user last dragged the card to on this site, if any. */
  corner: string | null;
  /**
   * The pack's language (its `locale`): the script and its title are in it, which may differ from
   * the card's own words (a Spanish script chosen in an English browser), so screen readers
   * pronounce each in its language.
   */
  lang?: string;
  /** The pack's name, so the card can say where it comes from ("Attune · Core empathy"). */
  packName?: string;
  /** The checklist prompt's own title, shown on its toggle (a generic label when absent). */
  checklistTitle?: string;
  /** The prompt's "why this works" line, if its pack gives one; shown on request. */
  why?: string;
  /** The published work the prompt draws on; shown on request with `why`. */
  source?: string;
  /** When this prompt begins a sequence: its title and every step in order, this prompt first. */
  sequence?: { title: string; steps: NudgeStep[] };
}

/** One step of a sequence, as the card shows it (the first step is the nudge itself). */
export interface NudgeStep {
  promptId: string;
  title: string;
  /** The user's own wording when they saved one in Practice, else the pack's. */
  text: string;
  secondsLabel: string;
  why?: string;
  source?: string;
}

/** Something the user did with a nudge; recorded as a prompt event (never page content). */
export type NudgeAction = Exclude<PromptEventType, 'shown'>;

/** How long "not now" lasts: an hour, or the rest of the day. */
export type SnoozeLength = 'hour' | 'day';

/** Why no nudge may show on a site now: the rule's code, and when it lets go (if on its own). */
export interface QuietAnswer {
  reason: BlockReason;
  /** Epoch ms when the rule ends by itself; null when it lasts until changed (quiet mode, idle). */
  until: number | null;
}

/**
 * The one protocol between content scripts (watcher, overlay), the popup/options and the
 * background. Content scripts never open IndexedDB; they ask the background here.
 */
export interface ProtocolMap {
  /** Watcher: the compiled triggers for the sender's site (empty when the site is not enabled). */
  getTriggers(): CompiledMoment[];
  /** Watcher: moment ids that match the page now. */
  reportMatches(data: { momentIds: string[] }): void;
  /**
   * Overlay: the nudge the background decided to show in this tab, if any, and the overlay's
   * messages in the user's language (so the host page never waits for the browser's), and the
   * card's first paint as a static tree (components/card-markup.tsx).
   */
  getNudge(): { nudge: NudgeView; messages: MessageTable; tree: CardNode[] } | null;
  /** Overlay: the card is painted; inject its interactive part (entrypoints/overlay-ui/) now. */
  loadCardUi(): void;
  /**
   * Overlay: the card is on screen now (rendered in a shadow root the overlay made itself). The
   * background records "shown" only then, so a page that blocks the card uses up no limit.
   */
  nudgeShown(data: { promptId: string; packId: string; momentId: string }): void;
  /** Overlay: the user acted on the nudge. */
  nudgeAction(data: {
    promptId: string;
    packId: string;
    momentId: string;
    action: NudgeAction;
    snooze?: SnoozeLength;
  }): void;
  /** Overlay: the one-tap reason the user gave after dismissing a prompt. */
  dismissReason(data: { promptId: string; reason: DismissReason }): void;
  /** Overlay: the user dragged the card to a corner; remembered for the site. */
  setCorner(corner: string): void;
  /** Background → overlay: the keyboard command asks to open or close the card. */
  toggleOverlay(): boolean;
  /** Overlay: a checklist item was ticked or unticked for this tab's encounter. */
  setChecklistTick(data: { itemId: string; ticked: boolean }): void;
  /** Popup: the encounter for a tab was logged; its gathered state starts afresh. */
  clearTabState(tabId: number): void;
  /** Popup: the rule holding nudges back now on a tab's site, or null when a nudge may show. */
  whyQuiet(tabId: number | null): QuietAnswer | null;
  /** Popup/options: enable Attune on an origin (host permission must already be granted). */
  enableSite(origin: string): { ok: true } | { ok: false; error: string };
  /** Popup/options: disable Attune on an origin and unregister the watcher there. */
  disableSite(origin: string): void;
  /** Options: download and install a pack from a URL (its origin's permission already granted). */
  installPackUrl(data: { url: string }): PackInstallReply;
  /** Options: check every URL and policy pack for a new version now, instead of waiting a day. */
  refreshPacks(): ({ id: string } & RefreshOutcome)[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
