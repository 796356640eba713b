import { checklistFor } from '../prompts/policy/choose';
import type { Pack, Prompt } from '../prompts/schema';
import { i18n, uiLocale } from '../utils/i18n';
import type { NudgeStep, NudgeView } from '../utils/messages';

/** The nudge the overlay would show for a prompt, for a read-only preview (text only). */
export function previewNudge(pack: Pack, prompt: Prompt): NudgeView {
  return {
    promptId: prompt.id,
    packId: pack.id,
    momentId: prompt.moments[0] ?? '',
    kind: prompt.kind,
    title: prompt.title,
    text: prompt.text,
    packText: null,
    framework: prompt.framework,
    secondsLabel: prompt.seconds.toLocaleString(uiLocale()),
    checklist: prompt.items ?? [],
    ticked: [],
    startCollapsed: false,
    corner: null,
  };
}

const step = (p: Prompt): NudgeStep => ({
  promptId: p.id,
  title: p.title,
  text: p.text,
  secondsLabel: p.seconds.toLocaleString(uiLocale()),
  why: p.why,
  source: p.source,
});

/**
 * The card an installed pack's prompt makes, as the background builds it (entrypoints/background/
 * inject.ts) with the pack alone in play: its name, the checklist for the prompt's first moment
 * with that checklist's title, the why line and source, and the sequence it begins, if any.
 */
export function packCardNudge(pack: Pack, prompt: Prompt): NudgeView {
  const base = previewNudge(pack, prompt);
  const list = prompt.kind === 'checklist' ? prompt : checklistFor([pack], base.momentId);
  const sequence = (pack.sequences ?? []).find((s) => s.prompts[0] === prompt.id);
  const steps = (sequence?.prompts ?? []).flatMap((id) =>
    pack.prompts.filter((p) => p.id === id).map(step),
  );
  return {
    ...base,
    checklist: list?.items ?? [],
    packName: pack.name,
    checklistTitle: list?.title,
    why: prompt.why,
    source: prompt.source,
    ...(sequence && steps.length > 1 ? { sequence: { title: sequence.title, steps } } : {}),
  };
}

/** A date and time in the language of the page, or "never". */
export function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString(uiLocale()) : i18n.t('packs.never');
}
