import { i18n } from '../utils/i18n';

/** Props of {@link RatingScale}. */
export interface RatingScaleProps {
  itemId: string;
  text: string;
  min: number;
  max: number;
  /** One label per point, lowest first; may be shorter than the scale. */
  labels: readonly string[];
  value: number | undefined;
  onChange: (value: number) => void;
}

/** A self-rating item as a row of radio buttons (arrow keys move between points). */
export function RatingScale({ itemId, text, min, max, labels, value, onChange }: RatingScaleProps) {
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset class="rating" data-testid={`rating-${itemId}`}>
      <legend>{text}</legend>
      <div class="points">
        {points.map((p, i) => (
          <label key={p} title={labels[i] ?? String(p)}>
            <input
              type="radio"
              name={`rating-${itemId}`}
              value={p}
              checked={value === p}
              onChange={() => onChange(p)}
            />
            <span aria-hidden="true">{p}</span>
            <span class="sr-only">
              {labels[i] ? i18n.t('log.ratingPoint', { point: p, label: labels[i] }) : String(p)}
            </span>
          </label>
        ))}
      </div>
      {labels.length > 1 && (
        <div class="ends" aria-hidden="true">
          <span>{labels[0]}</span>
          <span>{labels[labels.length - 1]}</span>
        </div>
      )}
    </fieldset>
  );
}
