import { useEffect, useState } from 'preact/hooks';
import { NudgeCard } from '../../components/NudgeCard';
import { Pill } from '../../components/Pill';
import type { DismissReason } from '../../utils/domain';
import { i18n } from '../../utils/i18n';
import type { NudgeAction, NudgeView, SnoozeLength } from '../../utils/messages';

/** What the overlay's container hands the UI: the nudge and the ways to act on it. */
export interface OverlayAppProps {
  nudge: NudgeView;
  onAction: (action: NudgeAction, snooze?: SnoozeLength) => void;
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
  const [status, setStatus] = useState('');

  useEffect(() => {
    setNudge(props.nudge);
    setCollapsed(props.nudge.startCollapsed);
    setAskingReason(false);
  }, [props.nudge]);
  useEffect(onLayout, [collapsed, checklistOpen, askingReason]);
  useEffect(() => props.onToggleRequest(() => setCollapsed((c) => !c)), []);
  useEffect(() => {
    // Esc collapses the card wherever focus is, without taking focus or the key from the page;
    // the user's own key only, never one the page's script dispatched.
    const onKey = (e: KeyboardEvent) => e.isTrusted && e.key === 'Escape' && setCollapsed(true);
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (collapsed) {
    const total = nudge.checklist.length;
    return (
      <>
        <Pill
          label={nudge.title}
          checklist={total ? { ticked: nudge.ticked.length, total } : null}
          onExpand={() => setCollapsed(false)}
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
      onDragStart={props.onDragStart}
      onUsed={() => {
        onAction('used');
        setStatus(i18n.t('nudge.statusUsed'));
        setCollapsed(true);
      }}
      onCopy={async () => {
        const ok = await onCopy(nudge.text);
        if (ok) onAction('copied');
        setStatus(ok ? i18n.t('nudge.statusCopied') : i18n.t('nudge.statusCopyFailed'));
      }}
      onSnooze={(length) => {
        onAction('snoozed', length);
        onClose();
      }}
      onDismiss={() => {
        onAction('dismissed');
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
