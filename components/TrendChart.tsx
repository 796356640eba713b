// One small multiple: a self-rating item's weekly mean as a line on its fixed scale, and how many
// ratings each week holds as bars beneath, with the figures as a table behind a disclosure.
// Hand-written SVG: a fixed scale and a few dozen points need no chart library's kilobytes.
import { labelledWeeks } from '../storage/trends';
import { i18n, uiLocale } from '../utils/i18n';

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  id: string;
  /** The item's text, the chart's title. */
  label: string;
  /** Week starts (epoch ms), oldest first. */
  weeks: readonly number[];
  /** One mean per week, null for a week with no rating. */
  means: readonly (number | null)[];
  /** Ratings per week. */
  counts: readonly number[];
  min?: number;
  max?: number;
}

const W = 320;
const H = 156;
// The plot, then the band of count bars, then the week labels; the side pads hold the first and
// last labels, which are anchored inwards so no label can run off the chart.
const PAD = { left: 22, right: 10, top: 8 };
const PLOT_BOTTOM = 96;
const BAND = { top: 104, bottom: 126 };
const LABEL_Y = 146;

/**
 * The chart's formatters for a locale, made once: building an Intl formatter costs far more than
 * using one, and a trends view draws several charts with a table each.
 */
const formatters = new Map<string, ReturnType<typeof makeFormatters>>();
const makeFormatters = (locale: string) => ({
  short: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
  long: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
  mean: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  count: new Intl.NumberFormat(locale),
});
function formattersFor(locale: string) {
  const made = formatters.get(locale) ?? makeFormatters(locale);
  formatters.set(locale, made);
  return made;
}

/** A chart of one item's weekly mean and count, and its figures as a table. */
export function TrendChart({ id, label, weeks, means, counts, min = 1, max = 5 }: TrendChartProps) {
  const { short, long, mean, count } = formattersFor(uiLocale());
  const n = weeks.length;
  const slot = (W - PAD.left - PAD.right) / Math.max(1, n);
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const y = (v: number) => PAD.top + ((max - v) * (PLOT_BOTTOM - PAD.top)) / (max - min);
  const most = Math.max(1, ...counts);
  const bar = (c: number) => ((BAND.bottom - BAND.top) * c) / most;
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const points = means.flatMap((v, i) => (v === null ? [] : [[x(i), y(v), v] as const]));
  const total = counts.reduce((a, b) => a + b, 0);
  const overall =
    total === 0
      ? null
      : means.reduce<number>((sum, v, i) => sum + (v ?? 0) * (counts[i] ?? 0), 0) / total;
  const titleId = `trend-${id}-title`;
  const summary =
    overall === null
      ? i18n.t('trends.noRatings')
      : i18n.t('trends.itemSummary', total, [count.format(total)], {
          average: mean.format(overall),
        });
  return (
    <figure class="trend" data-testid={`trend-item-${id}`} data-item={id}>
      <figcaption>
        <h3 id={titleId}>{label}</h3>
        <p class="muted" data-testid="trend-summary">
          {summary}
        </p>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}. ${summary}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="axis" x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={BAND.bottom} y2={BAND.bottom} />
        {counts.map((c, i) =>
          c > 0 ? (
            <rect
              key={weeks[i]}
              class="count"
              x={x(i) - slot * 0.3}
              width={slot * 0.6}
              y={BAND.bottom - bar(c)}
              height={bar(c)}
            />
          ) : null,
        )}
        {labelledWeeks(n).map((i) => (
          <text
            key={i}
            class="axis"
            x={i === 0 ? PAD.left : i === n - 1 ? W - PAD.right : x(i)}
            y={LABEL_Y}
            text-anchor={i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'}
          >
            {short.format(weeks[i])}
          </text>
        ))}
        <g class="series" data-testid={`trend-series-${id}`}>
          <polyline fill="none" points={points.map(([px, py]) => `${px},${py}`).join(' ')} />
          {points.map(([px, py, v]) => (
            <circle
              key={px}
              cx={px}
              cy={py}
              r={n > 20 ? 2.5 : 3.5}
              data-testid="trend-point"
              data-value={v.toFixed(2)}
            />
          ))}
        </g>
      </svg>
      <details class="figures">
        <summary>{i18n.t('trends.showFigures')}</summary>
        <table data-testid="trend-table">
          <caption class="sr-only">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('trends.colWeek')}</th>
              <th scope="col">{i18n.t('trends.colAverage')}</th>
              <th scope="col">{i18n.t('trends.colRatings')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w}>
                <th scope="row">{long.format(w)}</th>
                <td>{means[i] == null ? '–' : mean.format(means[i] as number)}</td>
                <td>{count.format(counts[i] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
