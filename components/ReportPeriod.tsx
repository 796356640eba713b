import type { ReportPeriod } from '../storage/report';
import { i18n } from '../utils/i18n';

/** Props of {@link ReportPeriodPicker}. */
export interface ReportPeriodProps {
  period: ReportPeriod;
  onChange: (period: ReportPeriod) => void;
}

/** The report's period: two days, both included (an empty or half-typed day changes nothing). */
export function ReportPeriodPicker({ period, onChange }: ReportPeriodProps) {
  const set = (key: keyof ReportPeriod) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    if (value) onChange({ ...period, [key]: value });
  };
  return (
    <fieldset class="report-period" data-testid="report-period">
      <legend>{i18n.t('report.periodLegend')}</legend>
      <label>
        <span>{i18n.t('report.from')}</span>
        <input
          type="date"
          data-testid="report-from"
          value={period.from}
          max={period.to}
          onChange={set('from')}
        />
      </label>
      <label>
        <span>{i18n.t('report.to')}</span>
        <input
          type="date"
          data-testid="report-to"
          value={period.to}
          min={period.from}
          onChange={set('to')}
        />
      </label>
    </fieldset>
  );
}
