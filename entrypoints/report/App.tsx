import { useEffect, useState } from 'preact/hooks';
import { encounterOptions } from '../../components/encounter-options';
import { ReportPeriodPicker } from '../../components/ReportPeriod';
import { ReflectionChooser, ReflectionList } from '../../components/ReportReflections';
import { ReportChecklist, ReportKinds, ReportPrompts } from '../../components/ReportTables';
import { TrendChart } from '../../components/TrendChart';
import type { Pack } from '../../prompts/schema';
import { editionLanguage, enabledDocs } from '../../storage/active-packs';
import { db } from '../../storage/db';
import {
  dayStart,
  encountersIn,
  parsePeriod,
  periodHash,
  type ReportFigures,
  type ReportPeriod,
  reportFigures,
} from '../../storage/report';
import { i18n, uiLocale } from '../../utils/i18n';
import { idRecord } from '../../utils/id-record';

/** Names by id for kinds, items, checklist items and prompts; the packs in use name them first. */
function namesOf(packs: readonly Pack[]) {
  const opts = encounterOptions(packs);
  const names = idRecord<string>();
  for (const p of [...packs].reverse())
    for (const pr of p.prompts) names[`prompt:${pr.id}`] = pr.title;
  for (const k of opts.kinds) names[k.id] = k.name;
  for (const i of opts.items) names[i.id] = i.text;
  for (const c of opts.checklist) names[c.id] = c.text;
  return { names, opts };
}

interface View {
  figures: ReportFigures;
  names: Record<string, string>;
  scale: Map<string, { min: number; max: number }>;
}

/** Reads the period's encounters and every installed pack (the ones in use name things first). */
async function read(period: ReportPeriod): Promise<View> {
  const [rows, encounters] = await Promise.all([db.packs.toArray(), encountersIn(period)]);
  const inUse = enabledDocs(rows, await editionLanguage());
  const { names, opts } = namesOf([
    ...inUse,
    ...rows.map((r) => r.pack).filter((p) => !inUse.includes(p)),
  ]);
  const figures = reportFigures(
    encounters,
    period,
    opts.items.map((i) => i.id),
    opts.checklist.map((c) => c.id),
  );
  const scale = new Map(opts.items.map((i) => [i.id, { min: i.min, max: i.max }]));
  return { figures, names, scale };
}

/**
 * The portfolio report (report.html#from=…&to=…): one printable page of a period's aggregates
 * and the reflections the user ticks, none by default. The address names the period, so a
 * report can be opened again as it was.
 */
export function App() {
  const [now] = useState(() => Date.now());
  const [period, setPeriod] = useState(() => parsePeriod(location.hash, now));
  const [view, setView] = useState<View | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const follow = () => setPeriod(parsePeriod(location.hash, now));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    let current = true;
    void read(period).then((v) => current && setView(v));
    return () => {
      current = false;
    };
  }, [period.from, period.to]);

  const choose = (next: ReportPeriod) => {
    const fixed = parsePeriod(periodHash(next), now);
    history.replaceState(null, '', periodHash(fixed));
    setPeriod(fixed);
  };
  const locale = uiLocale();
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const f = view?.figures;
  const notes = f?.notes.filter((n) => chosen.has(n.id)) ?? [];
  return (
    <div class="report-app">
      <div class="report-controls no-print" data-testid="report-controls">
        <a href="/options.html#trends">{i18n.t('report.back')}</a>
        <ReportPeriodPicker period={period} onChange={choose} />
        <button type="button" class="primary" data-testid="report-print" onClick={() => print()}>
          {i18n.t('report.print')}
        </button>
        <p class="muted report-hint">{i18n.t('report.printHint')}</p>
      </div>
      <article class="report-page" data-testid="report" data-loaded={f ? '' : undefined}>
        <header class="report-head">
          <h1>{i18n.t('report.title')}</h1>
          <p data-testid="report-range">
            {i18n.t('report.periodLine', {
              from: long.format(dayStart(period.from) ?? now),
              to: long.format(dayStart(period.to) ?? now),
            })}
          </p>
          {f && (
            <p class="report-total" data-testid="report-total">
              {i18n.t('report.total', f.total, [f.total.toLocaleString(locale)])}
            </p>
          )}
        </header>
        {f && view && (
          <>
            <section
              class="report-block"
              aria-labelledby="report-ratings-h"
              data-testid="report-ratings"
            >
              <h2 id="report-ratings-h">{i18n.t('report.ratingsHeading')}</h2>
              {f.items.length === 0 ? (
                <p class="muted">{i18n.t('report.noRatings')}</p>
              ) : (
                <div class="report-charts">
                  {f.items.map((item) => (
                    <TrendChart
                      key={item.id}
                      id={item.id}
                      label={view.names[item.id] ?? item.id}
                      weeks={f.weeks}
                      means={item.means}
                      counts={item.counts}
                      {...view.scale.get(item.id)}
                    />
                  ))}
                </div>
              )}
            </section>
            <div class="report-columns">
              <ReportKinds rows={f.kinds} names={view.names} />
              <ReportChecklist rows={f.ticks} names={view.names} used={f.checklistUsed} />
              <ReportPrompts
                rows={f.prompts.map(([id, n]): [string, number] => [`prompt:${id}`, n])}
                names={view.names}
              />
            </div>
            <ReflectionList notes={notes} names={view.names} />
          </>
        )}
        <footer class="report-foot">{i18n.t('report.footer', { date: long.format(now) })}</footer>
      </article>
      {f && view && (
        <div class="no-print">
          <ReflectionChooser
            notes={f.notes}
            chosen={chosen}
            names={view.names}
            onToggle={(id, include) => {
              const next = new Set(chosen);
              if (include) next.add(id);
              else next.delete(id);
              setChosen(next);
            }}
          />
        </div>
      )}
    </div>
  );
}
