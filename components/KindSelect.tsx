import type { KindOption } from '../utils/domain';

/** Props of {@link KindSelect}. */
export interface KindSelectProps {
  kinds: readonly KindOption[];
  value: string;
  onChange: (kind: string) => void;
  testId: string;
  label: string;
  /** Label of a first, empty choice (a filter's "Any"); none when every entry needs a kind. */
  anyLabel?: string;
}

/** The kind-of-encounter picker shared by the log, the editor and the history filters. */
export function KindSelect({ kinds, value, onChange, testId, label, anyLabel }: KindSelectProps) {
  return (
    <label class="field">
      <span>{label}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {kinds.map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </select>
    </label>
  );
}
