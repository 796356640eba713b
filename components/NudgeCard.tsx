import { useState } from 'preact/hooks';
import type { DismissReason } from '../utils/domain';
import { fillParts, i18n, type MessageKey, rawMessage, uiLocale } from '../utils/i18n';
import type { NudgeView } from '../utils/messages';
import { Checklist } from './Checklist';

/** The one-tap reasons offered after "not for this moment", in the order shown. */
export const DISMISS_REASONS: readonly DismissReason[] = ['already-did', 'not-right', 'no-time'];

/** Each dismissal reason's button label. */
const REASON_LABELS = {
  'already-did': 'nudge.reasonAlreadyDid',
  'not-right': 'nudge.reasonNotRight',
  'no-time': 'nudge.reasonNoTime',
} as const satisfies Record<DismissReason, MessageKey>;

/** A dismissal reason's button label. */
export const reasonLabel = (reason: DismissReason): string => i18n.t(REASON_LABELS[reason]);

/** Props of {@link NudgeCard}: the nudge, what part is showing, and one callback per action. */
export interface NudgeCardProps {
  nudge: NudgeView;
  checklistOpen: boolean;
  /** After "not for this moment": the card asks why, optionally. */
  askingReason: boolean;
  status: string;
  onUsed: () => void;
  onCopy: () => void;
  onSnooze: (length: 'hour' | 'day') => void;
  onDismiss: () => void;
  onReason: (reason: DismissReason | null) => void;
  onCollapse: () => void;
  onToggleChecklist: () => void;
  onTick: (id: string, ticked: boolean) => void;
  /** Pointer down on the header starts dragging the card to another corner. */
  onDragStart: (e: PointerEvent) => void;
}

/**
 * The nudge card. Prompt text is rendered as text only (never as HTML), so a pack cannot put
 * markup or script on a clinical page.
 */
export function NudgeCard(props: NudgeCardProps) {
  const { nudge } = props;
  // Which wording shows when the user saved their own in Practice; purely presentational.
  const [packWording, setPackWording] = useState(false);
  return (
    <section
      class="card"
      data-testid="nudge"
      data-moment={nudge.momentId}
      data-prompt={nudge.promptId}
      aria-label={i18n.t('nudge.cardLabel', { title: nudge.title })}
      // The page around the card may be in another language than the card's messages.
      lang={uiLocale()}
    >
      <header onPointerDown={props.onDragStart} title={i18n.t('nudge.dragHint')}>
        <h2 class="title">{nudge.title}</h2>
        <button
          type="button"
          class="icon"
          data-testid="nudge-collapse"
          aria-label={i18n.t('nudge.collapse')}
          title={i18n.t('nudge.collapseHint')}
          onClick={props.onCollapse}
        >
          –
        </button>
      </header>
      <p class="text" data-testid="nudge-text">
        {packWording && nudge.packText ? nudge.packText : nudge.text}
      </p>
      {nudge.packText && (
        <button
          type="button"
          class="link"
          data-testid="nudge-wording"
          onClick={() => setPackWording((v) => !v)}
        >
          {packWording ? i18n.t('nudge.showMine') : i18n.t('nudge.showPack')}
        </button>
      )}
      <p class="meta">
        {fillParts(rawMessage('nudge.meta'), {
          framework: <span data-testid="nudge-framework">{nudge.framework}</span>,
          seconds: nudge.secondsLabel,
        })}
      </p>
      {props.askingReason ? (
        <fieldset class="actions reasons" data-testid="dismiss-reasons">
          <legend>{i18n.t('nudge.whyNot')}</legend>
          {DISMISS_REASONS.map((r) => (
            <button
              type="button"
              key={r}
              data-testid={`reason-${r}`}
              onClick={() => props.onReason(r)}
            >
              {reasonLabel(r)}
            </button>
          ))}
          <button type="button" data-testid="reason-skip" onClick={() => props.onReason(null)}>
            {i18n.t('nudge.skip')}
          </button>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" class="primary" data-testid="nudge-used" onClick={props.onUsed}>
            {i18n.t('nudge.used')}
          </button>
          <button type="button" data-testid="nudge-copy" onClick={props.onCopy}>
            {i18n.t('nudge.copy')}
          </button>
          <button
            type="button"
            data-testid="nudge-snooze"
            title={i18n.t('nudge.notNowHint')}
            onClick={() => props.onSnooze('hour')}
          >
            {i18n.t('nudge.notNow')}
          </button>
          <button
            type="button"
            data-testid="nudge-snooze-day"
            onClick={() => props.onSnooze('day')}
          >
            {i18n.t('nudge.notToday')}
          </button>
          <button type="button" data-testid="nudge-dismiss" onClick={props.onDismiss}>
            {i18n.t('nudge.dismiss')}
          </button>
        </div>
      )}
      {nudge.checklist.length > 0 && (
        <button
          type="button"
          class="link"
          data-testid="checklist-toggle"
          aria-expanded={props.checklistOpen}
          onClick={props.onToggleChecklist}
        >
          {i18n.t('nudge.checklistToggle', {
            ticked: nudge.ticked.length,
            total: nudge.checklist.length,
          })}
        </button>
      )}
      {props.checklistOpen && (
        <Checklist
          items={nudge.checklist}
          ticked={nudge.ticked}
          onToggle={props.onTick}
          idPrefix="attune-cl"
        />
      )}
      <p class="status" role="status">
        {props.status}
      </p>
    </section>
  );
}
