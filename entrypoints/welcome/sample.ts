import { previewNudge } from '../../components/pack-preview';
import { checklistFor } from '../../prompts/policy/choose';
import type { Pack, Prompt } from '../../prompts/schema';
import type { NudgeView } from '../../utils/messages';

/** The primary language subtag, lower-cased ("es" for "es-MX"). */
const primary = (tag: string) => tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The built-in packs in `language` when Attune ships them in it, else the English ones: the
 * sample card speaks the language the welcome page is shown in.
 */
export function packsIn(packs: readonly Pack[], language: string): Pack[] {
  const want = primary(language);
  const chosen = packs.filter((p) => primary(p.locale) === want);
  return chosen.length ? chosen : packs.filter((p) => primary(p.locale) === 'en');
}

/** How well a prompt suits the sample: a spoken script first, then any prompt but a checklist. */
const rank = (p: Prompt) => (p.kind === 'script' ? 0 : p.kind === 'checklist' ? 2 : 1);

/**
 * The prompt the sample card shows: the first script (else the first non-checklist prompt) that
 * trains `focus`, or the first script of all when there is no focus or no prompt for it.
 */
export function samplePrompt(
  packs: readonly Pack[],
  focus: string | null,
): { pack: Pack; prompt: Prompt } | null {
  const all = packs.flatMap((pack) => pack.prompts.map((prompt) => ({ pack, prompt })));
  const best = (list: typeof all) =>
    list.filter((c) => rank(c.prompt) < 2).sort((a, b) => rank(a.prompt) - rank(b.prompt))[0];
  return (focus && best(all.filter((c) => c.prompt.component === focus))) || best(all) || null;
}

/**
 * The card the demo page shows: a built-in prompt for the user's focus, in their language, with
 * the active-listening checklist of the first of its moments that has one. Built from the packs
 * Attune ships, so it needs no storage and no site.
 */
export function sampleNudge(
  packs: readonly Pack[],
  language: string,
  focus: string | null,
): NudgeView | null {
  const inLanguage = packsIn(packs, language);
  const chosen = samplePrompt(inLanguage, focus);
  if (!chosen) return null;
  const { pack, prompt } = chosen;
  const momentId = prompt.moments.find((m) => checklistFor(inLanguage, m)) ?? prompt.moments[0];
  const checklist = momentId ? (checklistFor(inLanguage, momentId)?.items ?? []) : [];
  return { ...previewNudge(pack, prompt), momentId: momentId ?? '', checklist };
}
