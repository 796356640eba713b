import type { NudgeView } from '../utils/messages';
import { Checklist } from './Checklist';

/** Props of {@link NudgeCard}: the nudge and one callback per action. */
export interface NudgeCardProps {
  nudge: NudgeView;
  checklistOpen: boolean;
  status: string;
  onUsed: () => void;
  onCopy: () => void;
  onSnooze: () => void;
  onDismiss: () => void;
  onCollapse: () => void;
  onToggleChecklist: () => void;
  onTick: (id: string, ticked: boolean) => void;
}

/**
 * The nudge card. Prompt text is rendered as text only (never as HTML), so a pack cannot put
 * markup or script on a clinical page.
 */
export function NudgeCard(props: NudgeCardProps) {
  const { nudge } = props;
  return (
    <section class="card" data-testid="nudge" aria-label={`Attune: ${nudge.title}`}>
      <header>
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
        {nudge.text}
      </p>
      <p class="meta">
        <span data-testid="nudge-framework">{nudge.framework}</span> · about {nudge.seconds} s
      </p>
      <div class="actions">
        <button type="button" class="primary" data-testid="nudge-used" onClick={props.onUsed}>
          Used it
        </button>
        <button type="button" data-testid="nudge-copy" onClick={props.onCopy}>
          Copy
        </button>
        <button type="button" data-testid="nudge-snooze" onClick={props.onSnooze}>
          Not now
        </button>
        <button type="button" data-testid="nudge-dismiss" onClick={props.onDismiss}>
          Not for this moment
        </button>
      </div>
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
