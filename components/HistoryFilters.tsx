import type { KindOption } from './EncounterForm';
import { KindSelect } from './KindSelect';

/** The history filter as the form holds it: empty strings mean "any". */
export interface HistoryFilterValue {
  kind: string;
  /** YYYY-MM-DD, local. */
  from: string;
  to: string;
  minRating: string;
  maxRating: string;
}

/** No filter at all. */
export const NO_FILTER: HistoryFilterValue = {
  kind: '',
  from: '',
  to: '',
  minRating: '',
  maxRating: '',
};

/** Props of {@link HistoryFilters}. */
export interface HistoryFiltersProps {
  kinds: readonly KindOption[];
  value: HistoryFilterValue;
  onChange: (value: HistoryFilterValue) => void;
}

const POINTS = ['1', '2', '3', '4', '5'];

/** Filters of the history: kind, date range, average rating range. */
export function HistoryFilters({ kinds, value, onChange }: HistoryFiltersProps) {
  const set = (key: keyof HistoryFilterValue) => (e: { currentTarget: { value: string } }) =>
    onChange({ ...value, [key]: e.currentTarget.value });
  return (
    <div class="row filters" data-testid="history-filters">
      <KindSelect
        label="Encounter"
        testId="filter-kind"
        kinds={kinds}
        anyLabel="Any"
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      <label class="field">
        <span>From</span>
        <input type="date" data-testid="filter-from" value={value.from} onInput={set('from')} />
      </label>
      <label class="field">
        <span>To</span>
        <input type="date" data-testid="filter-to" value={value.to} onInput={set('to')} />
      </label>
      <label class="field">
        <span>Average rating from</span>
        <select data-testid="filter-min-rating" value={value.minRating} onChange={set('minRating')}>
          <option value="">Any</option>
          {POINTS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>to</span>
        <select data-testid="filter-max-rating" value={value.maxRating} onChange={set('maxRating')}>
          <option value="">Any</option>
          {POINTS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="filter-clear" onClick={() => onChange(NO_FILTER)}>
        Clear filters
      </button>
    </div>
  );
}
