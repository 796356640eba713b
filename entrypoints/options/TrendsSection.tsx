import { useEffect, useState } from 'preact/hooks';
import { encounterOptions } from '../../components/encounter-options';
import { RankList } from '../../components/RankList';
import { TrendChart } from '../../components/TrendChart';
import type { Pack } from '../../prompts/schema';
import { enabledDocs, packsAtOpen } from '../../storage/active-packs';
import {
  checklistTotals,
  kindCounts,
  promptCounts,
  weeklyFocus,
  weeklySeries,
  weekStarts,
} from '../../storage/trends';
import { repairWeeks, weeksSince } from '../../storage/weeks';
import type { WeekSummary } from '../../utils/domain';
import { fillParts, i18n, rawMessage, uiLocale } from '../../utils/i18n';
import { idRecord } from '../../utils/id-record';

type View = {
  weeks: string[];
  lines: { id: string; label: string; values: (number | null)[] }[];
  kinds: [string, number][];
  ticked: [string, number][];
  missed: [string, number][];
  prompts: [string, number][];
  focus: ReturnType<typeof weeklyFocus>;
  names: Record<string, string>;
  total: number;
};

/** Builds the trends view from the summaries of the last 12 weeks (12 rows, not the encounters). */
function build(packs: readonly Pack[], weeks: readonly WeekSummary[], now: number): View {
  const opts = encounterOptions(packs);
  const series = weeklySeries(
    weeks,
    opts.items.map((i) => i.id),
    now,
  );
  // Keyed by pack ids: no inherited key may stand in for a missing name.
  const names = idRecord<string>();
  for (const k of opts.kinds) names[k.id] = k.name;
  for (const c of opts.checklist) names[c.id] = c.text;
  for (const p of packs) for (const pr of p.prompts) names[`prompt:${pr.id}`] = pr.title;
  const dayMonth = new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short' });
  const { ticked, missed } = checklistTotals(
    weeks,
    opts.checklist.map((c) => c.id),
  );
  return {
    weeks: series.weeks.map((w) => dayMonth.format(w)),
    lines: opts.items.map((i) => ({
      id: i.id,
      label: i.text,
      values: series.averages.get(i.id) ?? [],
    })),
    kinds: kindCounts(weeks),
    ticked: ticked.slice(0, 3),
    missed: missed.slice(0, 3),
    prompts: promptCounts(weeks).map(([id, n]) => [`prompt:${id}`, n]),
    focus: weeklyFocus(series, opts.items),
    names,
    total: weeks.reduce((n, w) => n + w.count, 0),
  };
}

/** Options › Trends: the last 12 weeks of self-ratings, kinds, checklist habits and prompts. */
export function TrendsSection(_: { say: (message: string) => void }) {
  const [view, setView] = useState<View | null>(null);
  useEffect(() => {
    void (async () => {
      const now = Date.now();
      const since = weekStarts(now)[0] ?? 0;
      const [packs, weeks] = await Promise.all([
        packsAtOpen().then(enabledDocs),
        weeksSince(since),
      ]);
      performance.mark('trends:data'); // for the benchmark: when the database answered
      setView(build(packs, weeks, now));
      // Then make sure the stored summaries cover every row; redraw in the rare case they did not.
      const repaired = await repairWeeks(since);
      if (repaired) setView(build(packs, repaired, now));
    })();
  }, []);
  return (
    <section aria-labelledby="trends-h" data-testid="trends">
      <h2 id="trends-h">{i18n.t('trends.heading')}</h2>
      {view && (
        <>
          <p data-testid="trends-total">
            {i18n.t('trends.total', view.total, [view.total.toLocaleString(uiLocale())])}
          </p>
          <TrendChart weeks={view.weeks} lines={view.lines} />
          {view.focus && (
            <div class="focus" data-testid="weekly-focus">
              <h3>{i18n.t('trends.focusHeading')}</h3>
              <p>
                {fillParts(rawMessage('trends.focusItem'), {
                  item: <strong>{view.focus.text}</strong>,
                  average: view.focus.average.toLocaleString(uiLocale(), {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  }),
                })}
              </p>
              <p>{view.focus.question}</p>
            </div>
          )}
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
