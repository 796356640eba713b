import type { KindOption } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { KindSelect } from './KindSelect';

/** The history filter as the form holds it: empty strings mean "any". */
export interface HistoryFilterValue {
  /** Words to find in the notes. */
  text: string;
  kind: string;
  /** YYYY-MM-DD, local. */
  from: string;
  to: string;
  minRating: string;
  maxRating: string;
}

/** No filter at all. */
export const NO_FILTER: HistoryFilterValue = {
  text: '',
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

/** Filters of the history: words in the note, kind, date range, average rating range. */
export function HistoryFilters({ kinds, value, onChange }: HistoryFiltersProps) {
  const set = (key: keyof HistoryFilterValue) => (e: { currentTarget: { value: string } }) =>
    onChange({ ...value, [key]: e.currentTarget.value });
  const any = i18n.t('history.filterAny');
  return (
    <div class="row filters" data-testid="history-filters">
      <label class="field search">
        <span>{i18n.t('history.search')}</span>
        <input
          type="search"
          data-testid="filter-text"
          value={value.text}
          placeholder={i18n.t('history.searchPlaceholder')}
          onInput={set('text')}
        />
      </label>
      <KindSelect
        label={i18n.t('history.encounter')}
        testId="filter-kind"
        kinds={kinds}
        anyLabel={any}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      <label class="field">
        <span>{i18n.t('history.filterFrom')}</span>
        <input type="date" data-testid="filter-from" value={value.from} onInput={set('from')} />
      </label>
      <label class="field">
        <span>{i18n.t('history.filterTo')}</span>
        <input type="date" data-testid="filter-to" value={value.to} onInput={set('to')} />
      </label>
      <label class="field">
        <span>{i18n.t('history.ratingFrom')}</span>
        <select data-testid="filter-min-rating" value={value.minRating} onChange={set('minRating')}>
          <option value="">{any}</option>
          {POINTS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{i18n.t('history.ratingTo')}</span>
        <select data-testid="filter-max-rating" value={value.maxRating} onChange={set('maxRating')}>
          <option value="">{any}</option>
          {POINTS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="filter-clear" onClick={() => onChange(NO_FILTER)}>
        {i18n.t('history.clearFilters')}
      </button>
    </div>
  );
}
