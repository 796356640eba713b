import type { NudgeSettings } from '../../storage/settings';
import type { PromptEvent } from '../../utils/domain';
import type { Pack, Prompt } from '../schema';
import { blockedBy } from './blocked';

export { blockedBy };

/** Everything the policy needs to decide; gathered by the background, so this stays pure. */
export interface PolicyInput {
  now: number;
  /** Minutes since local midnight, for quiet hours. */
  localMinutes: number;
  /** Moment ids the watcher reported for this page, in trigger order. */
  matched: readonly string[];
  /** The packs that apply on this page (prompts/policy/scope.ts), installed ones first. */
  packs: readonly Pack[];
  /** Ids of the packs above that are built in: their prompts are only a fallback. */
  builtin?: readonly string[];
  /** Prompt events of at least the last 30 days, oldest first. */
  events: readonly PromptEvent[];
  settings: NudgeSettings;
  quiet: boolean;
  /** Epoch ms until which the user snoozed nudges (0 = not snoozed). */
  snoozeUntil: number;
  /** The machine has had no user input for `settings.idleMinutes`. */
  idle: boolean;
  /** A nudge was already shown during this page visit. */
  shownThisVisit: boolean;
  origin: string;
}

/** The prompt to show, with the pack and moment it was chosen for. */
export interface Choice {
  pack: Pack;
  prompt: Prompt;
  momentId: string;
  /** The user keeps dismissing this prompt: show it as the small pill, not the card. */
  asPill: boolean;
}

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
/** A prompt unseen this long counts as fresh again. */
const FRESH_AFTER = 7 * DAY;
/**
 * Kinds that make a nudge card, in order of preference when otherwise equal: words to say in the
 * moment first, then reflection, then care for the clinician. The checklist travels with the card.
 */
const KIND_RANK: Readonly<Record<string, number>> = { script: 0, reflection: 1, 'self-care': 2 };

/**
 * Chooses the prompt to show for the matched moments, or null. Installed packs' prompts first:
 * built-in ones only when no installed pack has one for any matched moment (docs/packs.md, "Which
 * prompt wins"). Within each, moments in the order matched; a later step of a sequence never on
 * its own. Rotation (spaced reinforcement): prompts not seen for a week first, then those of the
 * user's focus skill, then the longest unseen, then scripts before reflections before self-care,
 * then pack order.
 */
export function chooseNudge(input: PolicyInput): Choice | null {
  if (input.matched.length === 0 || blockedBy(input)) return null;
  const { now, settings } = input;
  const lastSeen = new Map<string, number>();
  const dismissals = new Map<string, number>();
  const momentRecent = new Set<string>();
  for (const e of input.events) {
    if (e.type === 'dismissed' && now - e.at < 30 * DAY)
      dismissals.set(e.promptId, (dismissals.get(e.promptId) ?? 0) + 1);
    if (e.type !== 'shown' && e.type !== 'dismissed') continue;
    lastSeen.set(e.promptId, Math.max(lastSeen.get(e.promptId) ?? 0, e.at));
    if (e.origin === input.origin && now - e.at < settings.momentCooldownMinutes * MINUTE)
      momentRecent.add(e.momentId);
  }
  const seen = (c: Choice) => lastSeen.get(c.prompt.id) ?? 0;
  const key = (c: Choice) => [
    now - seen(c) >= FRESH_AFTER ? 0 : 1,
    c.prompt.component === settings.focusComponent ? 0 : 1,
    seen(c),
    KIND_RANK[c.prompt.kind] ?? 0,
  ];
  const compare = (a: Choice, b: Choice) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++)
      if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    return 0;
  };
  const builtin = new Set(input.builtin ?? []);
  const tiers = [
    input.packs.filter((p) => !builtin.has(p.id)),
    input.packs.filter((p) => builtin.has(p.id)),
  ];
  for (const packs of tiers) {
    for (const momentId of input.matched) {
      if (momentRecent.has(momentId)) continue;
      const candidates: Choice[] = [];
      for (const pack of packs) {
        const later = laterSteps(pack);
        for (const prompt of pack.prompts) {
          if (KIND_RANK[prompt.kind] === undefined || !prompt.moments.includes(momentId)) continue;
          // The card steps through a sequence from its first step. Events are per step: a later
          // step seen or used counts for that step's prompt, not for the first's rotation.
          if (later.has(prompt.id)) continue;
          if (
            now - (lastSeen.get(prompt.id) ?? -Infinity) <
            settings.promptCooldownMinutes * MINUTE
          )
            continue;
          const asPill = (dismissals.get(prompt.id) ?? 0) >= settings.pillAfterDismissals;
          candidates.push({ pack, prompt, momentId, asPill });
        }
      }
      const best = candidates.sort(compare)[0];
      if (best) return best;
    }
  }
  return null;
}

/** Prompt ids that are a later step (not the first) of one of the pack's sequences. */
export function laterSteps(pack: Pack): Set<string> {
  return new Set((pack.sequences ?? []).flatMap((s) => s.prompts.slice(1)));
}

/** The active-listening checklist for a moment: the first checklist prompt that belongs to it. */
export function checklistFor(packs: readonly Pack[], momentId: string): Prompt | undefined {
  for (const pack of packs) {
    const found = pack.prompts.find((p) => p.kind === 'checklist' && p.moments.includes(momentId));
    if (found) return found;
  }
  return undefined;
}
