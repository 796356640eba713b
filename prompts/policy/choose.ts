import type { PromptEvent } from '../../storage/db';
import type { NudgeSettings } from '../../storage/settings';
import type { Pack, Prompt } from '../schema';

/** Everything the policy needs to decide; gathered by the background, so this stays pure. */
export interface PolicyInput {
  now: number;
  /** Moment ids the watcher reported for this page, in trigger order. */
  matched: readonly string[];
  packs: readonly Pack[];
  /** Prompt events of at least the last day. */
  events: readonly PromptEvent[];
  settings: NudgeSettings;
  quiet: boolean;
  /** A nudge was already shown during this page visit. */
  shownThisVisit: boolean;
  origin: string;
}

/** The prompt to show, with the pack and moment it was chosen for. */
export interface Choice {
  pack: Pack;
  prompt: Prompt;
  momentId: string;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
/**
 * Kinds that make a nudge card, in order of preference when equally fresh: words to say in the
 * moment first, then reflection, then care for the clinician. The checklist travels with the card.
 */
const KIND_RANK: Readonly<Record<string, number>> = { script: 0, reflection: 1, 'self-care': 2 };

/** Why no nudge is shown, or null when one may be. Kept separate so each rule is testable. */
export function blockedBy(input: PolicyInput): string | null {
  if (input.quiet) return 'quiet mode';
  if (input.shownThisVisit) return 'one nudge per page visit';
  const lastHour = input.events.filter((e) => input.now - e.at < HOUR);
  if (lastHour.filter((e) => e.type === 'shown').length >= input.settings.perHour)
    return 'hourly cap';
  if (lastHour.some((e) => e.type === 'snoozed')) return 'snoozed';
  return null;
}

/**
 * Chooses the prompt to show for the matched moments, or null. Prompts seen least recently come
 * first, so a clinician meets the whole repertoire over time (spaced reinforcement).
 */
export function chooseNudge(input: PolicyInput): Choice | null {
  if (input.matched.length === 0 || blockedBy(input)) return null;
  const lastSeen = new Map<string, number>();
  const momentRecent = new Set<string>();
  for (const e of input.events) {
    if (e.type !== 'shown' && e.type !== 'dismissed') continue;
    lastSeen.set(e.promptId, Math.max(lastSeen.get(e.promptId) ?? 0, e.at));
    if (
      e.origin === input.origin &&
      input.now - e.at < input.settings.momentCooldownMinutes * MINUTE
    ) {
      momentRecent.add(e.momentId);
    }
  }
  const cooldown = input.settings.promptCooldownMinutes * MINUTE;
  for (const momentId of input.matched) {
    if (momentRecent.has(momentId)) continue;
    const candidates: Choice[] = [];
    for (const pack of input.packs) {
      for (const prompt of pack.prompts) {
        if (KIND_RANK[prompt.kind] === undefined || !prompt.moments.includes(momentId)) continue;
        const seen = lastSeen.get(prompt.id);
        if (seen !== undefined && input.now - seen < cooldown) continue;
        candidates.push({ pack, prompt, momentId });
      }
    }
    // Never-seen prompts first, then the longest unseen; ties by kind, then pack order (stable sort).
    const rank = (c: Choice) => KIND_RANK[c.prompt.kind] ?? 0;
    candidates.sort(
      (a, b) =>
        (lastSeen.get(a.prompt.id) ?? 0) - (lastSeen.get(b.prompt.id) ?? 0) || rank(a) - rank(b),
    );
    if (candidates[0]) return candidates[0];
  }
  return null;
}

/** The active-listening checklist for a moment: the first checklist prompt that belongs to it. */
export function checklistFor(packs: readonly Pack[], momentId: string): Prompt | undefined {
  for (const pack of packs) {
    const found = pack.prompts.find((p) => p.kind === 'checklist' && p.moments.includes(momentId));
    if (found) return found;
  }
  return undefined;
}
