// A hand-written SVG line chart: 12 weeks × a handful of items on a fixed 1–5 scale needs no
// axes maths, zoom or tooltips, so ~60 lines beat any chart library's kilobytes and API.
import { i18n } from '../utils/i18n';

/** One line of the chart. */
export interface TrendLine {
  id: string;
  label: string;
  values: readonly (number | null)[];
}

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  /** One label per week, oldest first. */
  weeks: readonly string[];
  lines: readonly TrendLine[];
  min?: number;
  max?: number;
}

const W = 560;
const H = 200;
const PAD = { left: 28, right: 12, top: 10, bottom: 26 };
// Distinct in light and dark themes, and for the common colour-vision deficiencies (Okabe–Ito).
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'];

/** Weekly averages as lines, one colour per item, with a legend. */
export function TrendChart({ weeks, lines, min = 1, max = 5 }: TrendChartProps) {
  const x = (i: number) =>
    PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, weeks.length - 1);
  const y = (v: number) => PAD.top + ((max - v) * (H - PAD.top - PAD.bottom)) / (max - min);
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <figure class="trend" data-testid="trend-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={i18n.t('trends.chartLabel')}>
        {ticks.map((t) => (
          <g key={t}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="axis" x={PAD.left - 8} y={y(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {weeks.map((w, i) =>
          i % 2 === weeks.length % 2 ? null : (
            <text key={w} class="axis" x={x(i)} y={H - 8} text-anchor="middle">
              {w}
            </text>
          ),
        )}
        {lines.map((line, n) => {
          const colour = COLOURS[n % COLOURS.length];
          const points = line.values.flatMap((v, i) =>
            v === null ? [] : [[x(i), y(v), v] as const],
          );
          return (
            <g key={line.id} data-testid={`trend-series-${line.id}`} stroke={colour} fill={colour}>
              <polyline
                fill="none"
                stroke-width="2"
                points={points.map(([px, py]) => `${px},${py}`).join(' ')}
              />
              {points.map(([px, py, v]) => (
                <circle
                  key={px}
                  cx={px}
                  cy={py}
                  r="3.5"
                  data-testid="trend-point"
                  data-value={v.toFixed(2)}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {lines.map((line, n) => (
            <li key={line.id}>
              <span
                class="swatch"
                style={{ background: COLOURS[n % COLOURS.length] }}
                aria-hidden="true"
              />
              {line.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
