import { useEffect, useState } from 'preact/hooks';
import { NudgeCard } from '../../components/NudgeCard';
import { Pill } from '../../components/Pill';
import type { NudgeAction, NudgeView } from '../../utils/messages';

/** What the overlay's container hands the UI: the nudge and the ways to act on it. */
export interface OverlayAppProps {
  nudge: NudgeView;
  onAction: (action: NudgeAction) => void;
  onTick: (id: string, ticked: boolean) => void;
  onCopy: (text: string) => Promise<boolean>;
  onClose: () => void;
  /** Lets the container re-position the card when it is collapsed or expanded. */
  onLayout: () => void;
}

/** The overlay's controller: collapsed or open, checklist shown or not, and the card's status line. */
export function App({
  nudge: initial,
  onAction,
  onTick,
  onCopy,
  onClose,
  onLayout,
}: OverlayAppProps) {
  const [nudge, setNudge] = useState(initial);
  const [collapsed, setCollapsed] = useState(false);
  const [checklistOpen, setChecklistOpen] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => setNudge(initial), [initial]);
  useEffect(onLayout, [collapsed, checklistOpen]);
  useEffect(() => {
    // Esc collapses the card wherever focus is, without taking focus or the key from the page.
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setCollapsed(true);
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (collapsed) return <Pill label={nudge.title} onExpand={() => setCollapsed(false)} />;
  return (
    <NudgeCard
      nudge={nudge}
      checklistOpen={checklistOpen}
      status={status}
      onUsed={() => {
        onAction('used');
        setStatus('Marked as used. It will be prefilled in your encounter log.');
        setCollapsed(true);
      }}
      onCopy={async () => {
        const ok = await onCopy(nudge.text);
        if (ok) onAction('copied');
        setStatus(ok ? 'Copied.' : 'Could not copy on this page.');
      }}
      onSnooze={() => {
        onAction('snoozed');
        onClose();
      }}
      onDismiss={() => {
        onAction('dismissed');
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
