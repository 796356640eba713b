import { useState } from 'preact/hooks';
import type { DismissReason } from '../storage/db';
import type { NudgeView } from '../utils/messages';
import { Checklist } from './Checklist';

/** The one-tap reasons offered after "not for this moment", in the order shown. */
export const DISMISS_REASONS: readonly { id: DismissReason; label: string }[] = [
  { id: 'already-did', label: 'Already did it' },
  { id: 'not-right', label: 'Not right for this patient' },
  { id: 'no-time', label: 'No time' },
];

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
      aria-label={`Attune: ${nudge.title}`}
    >
      <header onPointerDown={props.onDragStart} title="Drag to another corner">
        <h2 class="title">{nudge.title}</h2>
        <button
          type="button"
          class="icon"
          data-testid="nudge-collapse"
          aria-label="Collapse"
          title="Collapse (Esc)"
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
          {packWording ? 'Show my wording' : "Show the pack's wording"}
        </button>
      )}
      <p class="meta">
        <span data-testid="nudge-framework">{nudge.framework}</span> · about {nudge.seconds} s
      </p>
      {props.askingReason ? (
        <fieldset class="actions reasons" data-testid="dismiss-reasons">
          <legend>Why not? (optional)</legend>
          {DISMISS_REASONS.map((r) => (
            <button
              type="button"
              key={r.id}
              data-testid={`reason-${r.id}`}
              onClick={() => props.onReason(r.id)}
            >
              {r.label}
            </button>
          ))}
          <button type="button" data-testid="reason-skip" onClick={() => props.onReason(null)}>
            Skip
          </button>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" class="primary" data-testid="nudge-used" onClick={props.onUsed}>
            Used it
          </button>
          <button type="button" data-testid="nudge-copy" onClick={props.onCopy}>
            Copy
          </button>
          <button
            type="button"
            data-testid="nudge-snooze"
            title="No nudges for an hour"
            onClick={() => props.onSnooze('hour')}
          >
            Not now
          </button>
          <button
            type="button"
            data-testid="nudge-snooze-day"
            onClick={() => props.onSnooze('day')}
          >
            Not today
          </button>
          <button type="button" data-testid="nudge-dismiss" onClick={props.onDismiss}>
            Not for this moment
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
          Active-listening checklist ({nudge.ticked.length}/{nudge.checklist.length})
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
