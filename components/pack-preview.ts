import type { Pack, Prompt } from '../prompts/schema';
import { i18n, uiLocale } from '../utils/i18n';
import type { NudgeView } from '../utils/messages';

/** The nudge the overlay would show for a prompt, for the options page's read-only preview. */
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

/** A date and time in the language of the page, or "never". */
export function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString(uiLocale()) : i18n.t('packs.never');
}
