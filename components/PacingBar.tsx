/** Props of {@link PacingBar}. */
export interface PacingBarProps {
  seconds: number;
  elapsed: number;
}

/** How far through a script's estimated speaking time the reader is. */
export function PacingBar({ seconds, elapsed }: PacingBarProps) {
  const shown = Math.min(elapsed, seconds);
  return (
    <label class="field pacing">
      <span>
        {shown.toFixed(0)} of {seconds} seconds
      </span>
      <progress data-testid="pacing-bar" max={seconds} value={shown} />
    </label>
  );
}
