import type { MessageKey } from '../utils/i18n';

/**
 * Every message the overlay shows (the card, the pill, the checklist, their status lines) and
 * `locale`, which names the language. The background hands them over with the nudge, so the
 * overlay never asks the browser for a message on the clinical page (utils/i18n.ts, adoptMessages).
 * A unit test renders the overlay and fails if it asks for one missing here.
 */
export const NUDGE_MESSAGES = [
  'locale',
  'extName',
  'nudge.cardLabel',
  'nudge.dragHint',
  'nudge.collapse',
  'nudge.collapseHint',
  'nudge.showMine',
  'nudge.showPack',
  'nudge.meta',
  'nudge.whyNot',
  'nudge.reasonAlreadyDid',
  'nudge.reasonNotRight',
  'nudge.reasonNoTime',
  'nudge.skip',
  'nudge.used',
  'nudge.copy',
  'nudge.notNow',
  'nudge.hidePage',
  'nudge.snoozeHour',
  'nudge.snoozeDay',
  'nudge.dismiss',
  'nudge.close',
  'nudge.step',
  'nudge.back',
  'nudge.next',
  'nudge.from',
  'nudge.why',
  'nudge.source',
  'nudge.checklistDefault',
  'nudge.checklistToggle',
  'nudge.pillLabel',
  'nudge.pillChecklistLabel',
  'nudge.statusUsed',
  'nudge.statusCopied',
  'nudge.statusCopyFailed',
] as const satisfies readonly MessageKey[];
