import { useEffect, useRef, useState } from 'preact/hooks';
import { NudgeCard, stepAt } from '../../components/NudgeCard';
import { Pill } from '../../components/Pill';
import type { DismissReason } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import type { NudgeAction, NudgeView, SnoozeLength } from '../../utils/messages';

/** What the overlay's container hands the UI: the nudge and the ways to act on it. */
export interface OverlayAppProps {
  nudge: NudgeView;
  /**
   * `promptId` names the step of the nudge's sequence acted on when it is not the first (the
   * card shows one step at a time; "used" is recorded per step).
   */
  onAction: (action: NudgeAction, snooze?: SnoozeLength, promptId?: string) => void;
  onReason: (reason: DismissReason) => void;
  onTick: (id: string, ticked: boolean) => void;
  onCopy: (text: string) => Promise<boolean>;
  onClose: () => void;
  /** Lets the container re-position the card when it is collapsed or expanded. */
  onLayout: () => void;
  onDragStart: (e: PointerEvent) => void;
  /** Registers the keyboard command's toggle; returns an unregister function. */
  onToggleRequest: (toggle: () => void) => () => void;
}

/** The overlay's controller: card or pill, checklist shown or not, asking why, status line. */
export function App(props: OverlayAppProps) {
  const { onAction, onTick, onCopy, onClose, onLayout } = props;
  const [nudge, setNudge] = useState(props.nudge);
  const [collapsed, setCollapsed] = useState(props.nudge.startCollapsed);
  const [checklistOpen, setChecklistOpen] = useState(false);
  const [askingReason, setAskingReason] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const [step, setStep] = useState(0);
  const [status, setStatus] = useState('');

  // A new nudge resets the card; the first one is already in the state. (Resetting on mount
  // too would undo what the user did before effects ran: a click the overlay played back.)
  const drawn = useRef(props.nudge);
  useEffect(() => {
    if (drawn.current === props.nudge) return;
    drawn.current = props.nudge;
    setNudge(props.nudge);
    setCollapsed(props.nudge.startCollapsed);
    setAskingReason(false);
    setMenuOpen(false);
    setStep(0);
  }, [props.nudge]);
  useEffect(onLayout, [collapsed, checklistOpen, askingReason, menuOpen, step]);
  useEffect(() => props.onToggleRequest(() => setCollapsed((c) => !c)), []);
  /** The step showing: what the user does with its words (used, copied) is recorded for it. */
  const shown = stepAt(nudge, step);
  const act = (action: 'used' | 'copied') =>
    step > 0 ? onAction(action, undefined, shown.promptId) : onAction(action);

  if (collapsed) {
    const total = nudge.checklist.length;
    return (
      <>
        <Pill
          label={nudge.title}
          checklist={
            total ? { ticked: nudge.ticked.length, total, title: nudge.checklistTitle } : null
          }
          onExpand={() => {
            setMenuOpen(false);
            setCollapsed(false);
          }}
          onOpenChecklist={() => {
            setChecklistOpen(true);
            setCollapsed(false);
          }}
        />
        {/* What the last action did ("Marked as used…"), still announced once the card folds. */}
        <p class="sr-only" role="status" data-testid="pill-status">
          {status}
        </p>
      </>
    );
  }
  return (
    <NudgeCard
      nudge={nudge}
      checklistOpen={checklistOpen}
      askingReason={askingReason}
      status={status}
      step={step}
      onStep={setStep}
      menuOpen={menuOpen}
      onMenu={setMenuOpen}
      onHide={onClose}
      onLayout={onLayout}
      // Esc (the user's own, wherever the focus is) folds the card without taking the focus or
      // the key from the page; the card closes its "Not now" choices first.
      onEscape={() => setCollapsed(true)}
      onDragStart={props.onDragStart}
      onUsed={() => {
        act('used');
        setStatus(i18n.t('nudge.statusUsed'));
        // A sequence moves on to its next step; its last step, or a lone prompt, folds the card.
        const steps = nudge.sequence?.steps.length ?? 0;
        if (step + 1 < steps) setStep(step + 1);
        else setCollapsed(true);
      }}
      onCopy={async () => {
        // The words as shown, fill-in parts with their brackets: the user fills them in.
        const ok = await onCopy(shown.text);
        if (ok) act('copied');
        setStatus(ok ? i18n.t('nudge.statusCopied') : i18n.t('nudge.statusCopyFailed'));
      }}
      onSnooze={(length) => {
        onAction('snoozed', length);
        onClose();
      }}
      onDismiss={() => {
        // The whole sequence is the one prompt rotation chose: dismissed as one.
        onAction('dismissed');
        setMenuOpen(false);
        setAskingReason(true);
      }}
      onReason={(reason) => {
        if (reason) props.onReason(reason);
        onClose();
      }}
      onCollapse={() => {
        onAction('collapsed');
        setCollapsed(true);
      }}
      onToggleChecklist={() => setChecklistOpen((v) => !v)}
      onTick={(id, ticked) => {
        const next = ticked ? [...nudge.ticked, id] : nudge.ticked.filter((t) => t !== id);
        setNudge({ ...nudge, ticked: next });
        onTick(id, ticked);
      }}
    />
  );
}
