// The files a user can export besides the backup: CSV for a spreadsheet, a summary for a coach.
import Papa from 'papaparse';
import type { Encounter } from './db';
import { weekStart } from './trends';

/** Fixed CSV columns; one column per rating item follows `kind`. */
const HEAD = ['id', 'date', 'kind'] as const;
const TAIL = ['checklist', 'prompts_used', 'note'] as const;

/** The rating item ids found in encounters, after the given ones, in first-seen order. */
export function ratingColumns(encounters: readonly Encounter[], known: readonly string[] = []) {
  const ids = new Set(known);
  for (const e of encounters) for (const id of Object.keys(e.ratings)) ids.add(id);
  return [...ids];
}

/** One row per encounter, one column per rating item; formula-like cells are escaped. */
export function encountersCsv(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
): string {
  const fields = [...HEAD, ...itemIds, ...TAIL];
  const data = encounters.map((e) => [
    e.id,
    new Date(e.at).toISOString(),
    e.kind,
    ...itemIds.map((id) => e.ratings[id] ?? ''),
    e.checklist.join(';'),
    e.promptsUsed.join(';'),
    e.note,
  ]);
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}

/** A local date as YYYY-MM-DD. */
const isoDay = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The coach summary: per week, the number of encounters and each item's average. No notes, no
 * kinds of encounter, no time finer than the week.
 */
export function coachSummaryCsv(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
): string {
  const weeks = new Map<number, { n: number; sums: Map<string, [number, number]> }>();
  for (const e of encounters) {
    const w = weekStart(e.at);
    const row = weeks.get(w) ?? { n: 0, sums: new Map() };
    row.n += 1;
    for (const [id, value] of Object.entries(e.ratings)) {
      const cell = row.sums.get(id) ?? [0, 0];
      row.sums.set(id, [cell[0] + value, cell[1] + 1]);
    }
    weeks.set(w, row);
  }
  const data = [...weeks]
    .sort((a, b) => a[0] - b[0])
    .map(([w, row]) => [
      isoDay(w),
      row.n,
      ...itemIds.map((id) => {
        const cell = row.sums.get(id);
        return cell ? (cell[0] / cell[1]).toFixed(2) : '';
      }),
    ]);
  return Papa.unparse(
    { fields: ['week_starting', 'encounters', ...itemIds], data },
    { newline: '\r\n' },
  );
}
