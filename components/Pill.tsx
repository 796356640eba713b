/** Props of {@link Pill}. */
export interface PillProps {
  label: string;
  /** Ticked and total checklist items, shown when the encounter has a checklist. */
  checklist: { ticked: number; total: number } | null;
  onExpand: () => void;
  onOpenChecklist: () => void;
}

/** The collapsed nudge: a small button that opens the card again, and one for the checklist. */
export function Pill({ label, checklist, onExpand, onOpenChecklist }: PillProps) {
  return (
    <div class="pill-row">
      <button
        type="button"
        class="pill"
        data-testid="pill"
        aria-label={`Attune: ${label}. Open`}
        onClick={onExpand}
      >
        Attune
      </button>
      {checklist && (
        <button
          type="button"
          class="pill"
          data-testid="pill-checklist"
          aria-label={`Active-listening checklist, ${checklist.ticked} of ${checklist.total} ticked. Open`}
          onClick={onOpenChecklist}
        >
          ✓ {checklist.ticked}/{checklist.total}
        </button>
      )}
    </div>
  );
}
