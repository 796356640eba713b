import { useEffect, useState } from 'preact/hooks';
import { componentLabel } from '../../components/component-labels';
import { encounterOptions } from '../../components/encounter-options';
import { FocusCard } from '../../components/FocusCard';
import { RankList } from '../../components/RankList';
import { TrendChart } from '../../components/TrendChart';
import { tryWrite } from '../../components/try-write';
import { COMPONENTS, type Pack } from '../../prompts/schema';
import { enabledDocs, packUse } from '../../storage/active-packs';
import { db } from '../../storage/db';
import { suggestedComponent } from '../../storage/focus';
import { isoDay, periodHash } from '../../storage/report';
import { nudgeSettingsItem, readNudgeSettings } from '../../storage/settings';
import {
  checklistTotals,
  kindCounts,
  promptCounts,
  TREND_RANGES,
  weeklyFocus,
  weeklySeries,
  weekStarts,
} from '../../storage/trends';
import { repairWeeks, weeksSince } from '../../storage/weeks';
import type { WeekSummary } from '../../utils/domain';
import { i18n, uiLocale } from '../../utils/i18n';
import { idRecord } from '../../utils/id-record';
import { useLive } from './use-live';

/** Builds the trends view from the week summaries of the range (a row a week, not encounters). */
function build(packs: readonly Pack[], weeks: readonly WeekSummary[], now: number, range: number) {
  const opts = encounterOptions(packs);
  const series = weeklySeries(
    weeks,
    opts.items.map((i) => i.id),
    now,
    range,
  );
  // Keyed by pack ids: no inherited key may stand in for a missing name.
  const names = idRecord<string>();
  for (const k of opts.kinds) names[k.id] = k.name;
  for (const c of opts.checklist) names[c.id] = c.text;
  for (const p of packs) for (const pr of p.prompts) names[`prompt:${pr.id}`] = pr.title;
  const { ticked, missed } = checklistTotals(
    weeks,
    opts.checklist.map((c) => c.id),
  );
  return {
    weeks: series.weeks,
    items: opts.items.map((i) => ({
      id: i.id,
      label: i.text,
      min: i.min,
      max: i.max,
      means: series.averages.get(i.id) ?? [],
      counts: series.rated.get(i.id) ?? [],
    })),
    kinds: kindCounts(weeks),
    ticked: ticked.slice(0, 3),
    missed: missed.slice(0, 3),
    prompts: promptCounts(weeks).map(([id, n]): [string, number] => [`prompt:${id}`, n]),
    focus: weeklyFocus(series, opts.items),
    names,
    total: weeks.reduce((n, w) => n + w.count, 0),
  };
}

/** The skills a focus can be, with their labels. */
const skills = () => COMPONENTS.map((id) => ({ id, label: componentLabel(id) }));

/**
 * Options › Trends: one small chart per self-rating item over 4, 12 or 52 weeks, this week's
 * focus and next week's focus skill, kinds, checklist habits and prompts. It follows the
 * database, so an import or a new entry shows without a reload.
 */
export function TrendsSection({ say }: { say: (message: string) => void }) {
  const [range, setRange] = useState<number>(12);
  const [now] = useState(() => Date.now());
  const [focusSkill, setFocusSkill] = useState<string | null | undefined>(undefined);
  const since = weekStarts(now, range)[0] ?? 0;
  const data = useLive(async () => {
    const [rows, weeks, use] = await Promise.all([
      db.packs.toArray(),
      weeksSince(since),
      packUse(),
    ]);
    return { packs: enabledDocs(rows, use), weeks, range };
  }, [since]);
  useEffect(() => {
    if (!data) return;
    performance.mark('trends:data'); // for the benchmark: when the database answered
    // Make sure the stored summaries cover every row; a repair rewrites them, and the live
    // query above redraws.
    void repairWeeks(since);
  }, [data === undefined, since]);
  useEffect(() => {
    const read = async () => setFocusSkill((await readNudgeSettings()).focusComponent);
    void read();
    return nudgeSettingsItem.watch(() => void read());
  }, []);

  // Drawn for the range the data was read for: the old range stays until the new one is read.
  const view = data && build(data.packs, data.weeks, now, data.range);
  const locale = uiLocale();
  async function choose(skill: string | null) {
    const settings = await readNudgeSettings();
    const done = await tryWrite(
      () => nudgeSettingsItem.setValue({ ...settings, focusComponent: skill }),
      say,
    );
    if (!done.ok) return;
    setFocusSkill(skill);
    say(
      skill
        ? i18n.t('trends.focusSaved', { skill: componentLabel(skill) })
        : i18n.t('trends.focusCleared'),
    );
  }

  return (
    <section aria-labelledby="trends-h" data-testid="trends">
      <h2 id="trends-h">{i18n.t('trends.heading')}</h2>
      <p>
        <a
          href={`/report.html${periodHash({ from: isoDay(since), to: isoDay(now) })}`}
          target="_blank"
          rel="noopener"
          data-testid="open-report"
        >
          {i18n.t('report.open')}
        </a>{' '}
        <span class="muted">{i18n.t('report.openHint')}</span>
      </p>
      <fieldset class="range" data-testid="trends-range">
        <legend>{i18n.t('trends.rangeLabel')}</legend>
        {TREND_RANGES.map((w) => (
          <label key={w}>
            <input
              type="radio"
              name="trends-range"
              value={w}
              data-testid={`trends-range-${w}`}
              checked={range === w}
              onChange={() => setRange(w)}
            />
            {i18n.t('trends.weeks', w, [w.toLocaleString(locale)])}
          </label>
        ))}
      </fieldset>
      {view && (
        <>
          <p data-testid="trends-total">
            {i18n.t('trends.total', view.total, [view.total.toLocaleString(locale)], {
              weeks: data.range.toLocaleString(locale),
            })}
          </p>
          {view.focus && focusSkill !== undefined && (
            <FocusCard
              key={focusSkill ?? ''}
              focus={view.focus}
              suggested={suggestedComponent(view.focus.itemId)}
              current={focusSkill}
              skills={skills()}
              onChoose={(skill) => void choose(skill)}
            />
          )}
          <div class="multiples" data-testid="trend-chart">
            {view.items.map((item) => (
              <TrendChart
                key={item.id}
                id={item.id}
                label={item.label}
                weeks={view.weeks}
                means={item.means}
                counts={item.counts}
                min={item.min}
                max={item.max}
              />
            ))}
          </div>
          <div class="ranks">
            <RankList
              title={i18n.t('trends.byKind')}
              rows={view.kinds}
              names={view.names}
              testId="trend-kinds"
            />
            <RankList
              title={i18n.t('trends.mostTicked')}
              rows={view.ticked}
              names={view.names}
              testId="trend-ticked"
            />
            <RankList
              title={i18n.t('trends.mostMissed')}
              rows={view.missed}
              names={view.names}
              testId="trend-missed"
            />
            <RankList
              title={i18n.t('trends.topPrompts')}
              rows={view.prompts}
              names={view.names}
              testId="trend-prompts"
            />
          </div>
        </>
      )}
    </section>
  );
}
