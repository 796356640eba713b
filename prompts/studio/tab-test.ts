import type { Pack } from '../schema';
import { type CompiledMoment, compileMoments } from '../triggers/compile';
import { matchMoments } from '../triggers/match';
import { arr, obj, str } from '../validate/loose';

/** The kinds of trigger a moment has, in the order the forms show them. */
export const TRIGGER_KINDS = ['urlPatterns', 'keywords', 'selectors'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/**
 * One trigger of a draft, compiled on its own by the watcher's compiler so the tab can say which
 * trigger matched. `compiled` is null for a trigger the compiler refuses (a malformed pattern).
 */
export interface Probe {
  moment: number;
  kind: TriggerKind;
  index: number;
  value: string;
  compiled: CompiledMoment | null;
}

/** What the tab answered for one probe: only whether it matched, never what the page says. */
export interface ProbeResult {
  moment: number;
  kind: TriggerKind;
  index: number;
  value: string;
  matched: boolean;
  invalid: boolean;
  /** The host of the child frame it matched in, when it matched in none but a child frame. */
  frame?: string;
}

/** Every trigger of a draft (read loosely: a half-written draft can be tested), compiled alone. */
export function probesOf(doc: unknown): Probe[] {
  return arr(obj(doc)?.moments).flatMap((m, moment) => {
    const triggers = obj(obj(m)?.triggers);
    return TRIGGER_KINDS.flatMap((kind) =>
      arr(triggers?.[kind]).flatMap((v, index) => {
        const value = str(v);
        if (value === undefined || value.trim() === '') return [];
        // Where the moment's keywords look (keywordsIn) goes along: the tab answers as the watcher would.
        const places = arr(triggers?.keywordsIn).filter((p) => typeof p === 'string');
        const one = {
          urlPatterns: [],
          keywords: [],
          selectors: [],
          ...(places.length ? { keywordsIn: places } : {}),
          [kind]: [value],
        };
        let compiled: CompiledMoment | null;
        try {
          // A pack of one moment with one trigger: the compiler reads only moments and triggers.
          const pack = { moments: [{ id: `probe-${moment}`, triggers: one }] } as unknown as Pack;
          compiled = compileMoments([pack])[0] ?? null;
        } catch {
          compiled = null;
        }
        return [{ moment, kind, index, value, compiled }];
      }),
    );
  });
}

/** Runs probes against a page through the watcher's matcher. Runs inside the tab. */
export function runProbes(doc: Document, url: string, probes: readonly Probe[]): ProbeResult[] {
  return probes.map(({ compiled, ...p }) => ({
    ...p,
    invalid: compiled === null,
    matched: compiled !== null && matchMoments(doc, url, [compiled]).length > 0,
  }));
}

/** The results of one moment, and whether any of its triggers matched (the watcher's rule). */
export function momentResult(results: readonly ProbeResult[], moment: number) {
  const mine = results.filter((r) => r.moment === moment);
  return { matched: mine.some((r) => r.matched), triggers: mine };
}
