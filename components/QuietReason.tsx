import type { BlockReason } from '../prompts/policy/blocked';
import { formatMessage, i18n, type MessageKey, rawMessage, uiLocale } from '../utils/i18n';

/** Props of {@link QuietReason}: the background's answer to "why no nudge now?". */
export interface QuietReasonProps {
  /** The rule holding nudges back, or null when a nudge may show (then nothing is rendered). */
  reason: BlockReason | null;
  /** When the rule lets go by itself (epoch ms), or null. */
  until: number | null;
}

/** Each rule's sentence; those with `{time}` name when it ends. */
const MESSAGES: Record<BlockReason, MessageKey> = {
  'quiet-mode': 'quietReason.quietMode',
  snoozed: 'quietReason.snoozed',
  'quiet-hours': 'quietReason.quietHours',
  idle: 'quietReason.idle',
  'shown-this-visit': 'quietReason.shownThisVisit',
  'hourly-cap': 'quietReason.hourlyCap',
  'min-gap': 'quietReason.minGap',
  dismissals: 'quietReason.dismissals',
};

/** The sentence naming the rule that keeps Attune quiet, with the time it ends where it does. */
export function quietReasonText(reason: BlockReason, until: number | null): string {
  // A cap of zero never lifts by itself: no time to name.
  if (reason === 'hourly-cap' && until === null) return i18n.t('quietReason.hourlyCapZero');
  const time =
    until === null ? '' : new Date(until).toLocaleTimeString(uiLocale(), { timeStyle: 'short' });
  return formatMessage(rawMessage(MESSAGES[reason]), [{ time }]);
}

/** The popup's "Why is Attune quiet?" line: one sentence, or nothing when a nudge may show. */
export function QuietReason({ reason, until }: QuietReasonProps) {
  if (!reason) return null;
  return (
    <p class="quiet-reason" data-testid="quiet-reason" data-reason={reason}>
      {quietReasonText(reason, until)}
    </p>
  );
}
