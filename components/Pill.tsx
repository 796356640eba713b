/** Props of {@link Pill}. */
export interface PillProps {
  label: string;
  onExpand: () => void;
}

/** The collapsed nudge: a small button that opens the card again. */
export function Pill({ label, onExpand }: PillProps) {
  return (
    <button
      type="button"
      class="pill"
      data-testid="pill"
      aria-label={`Attune: ${label}. Open`}
      onClick={onExpand}
    >
      Attune
    </button>
  );
}
