// The files a user can export besides the backup: CSV for a spreadsheet, a summary for a coach.

import type { Encounter } from '../utils/domain';
import { i18n, uiLocale } from '../utils/i18n';
import { own } from '../utils/id-record';
import { weekStart } from './trends';

/**
 * Fixed CSV columns; one column per rating item follows `kind`. Not translated: they are stable,
 * machine-readable identifiers that a trainer's spreadsheet or script relies on.
 */
const HEAD = ['id', 'date', 'kind'] as const;
const TAIL = ['checklist', 'prompts_used', 'note'] as const;
const NEWLINE = '\r\n';

/** The rating item ids found in encounters, after the given ones, in first-seen order. */
export function ratingColumns(encounters: readonly Encounter[], known: readonly string[] = []) {
  const ids = new Set(known);
  for (const e of encounters) for (const id of Object.keys(e.ratings)) ids.add(id);
  return [...ids];
}

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;

/**
 * One CSV cell, quoted as Papa Parse's `unparse` would (with `escapeFormulae`): text a
 * spreadsheet would run as a formula gets a leading `'`; numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (FORMULA.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (without its line break). */
export const csvLine = (cells: readonly (string | number)[]) => cells.map(csvCell).join(',');

const header = (itemIds: readonly string[]) => csvLine([...HEAD, ...itemIds, ...TAIL]);

/** The CSV line of one encounter, one cell per rating item. */
function encounterLine(e: Encounter, itemIds: readonly string[]): string {
  let line = `${csvCell(e.id)},${new Date(e.at).toISOString()},${csvCell(e.kind)}`;
  for (const id of itemIds) line += `,${own(e.ratings, id) ?? ''}`;
  return `${line},${csvCell(e.checklist.join(';'))},${csvCell(e.promptsUsed.join(';'))},${csvCell(e.note)}`;
}

/** One row per encounter, one column per rating item; formula-like cells are escaped. */
export function encountersCsv(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
): string {
  const lines = [header(itemIds)];
  for (const e of encounters) lines.push(encounterLine(e, itemIds));
  return lines.join(NEWLINE);
}

/**
 * Builds the same CSV as {@link encountersCsv} (rows oldest first, columns from
 * {@link ratingColumns}) from pages of encounters in any order, formatting each page as it
 * arrives, so the work overlaps the reading of the next page.
 */
export function csvBuilder(known: readonly string[]) {
  const all: Encounter[] = [];
  const lines: string[] = [];
  const cols = new Set(known);
  let used: string[] | null = null;
  let stale = false;
  return {
    add(page: readonly Encounter[]): void {
      const before = cols.size;
      for (const e of page) for (const id of Object.keys(e.ratings)) cols.add(id);
      if (cols.size !== before && used) stale = true; // a column appeared after rows were made
      used ??= [...cols];
      for (const e of page) {
        all.push(e);
        if (!stale) lines.push(encounterLine(e, used));
      }
    },
    /** The finished file and its number of rows. */
    finish(): { csv: string; count: number } {
      const order = all.map((_, i) => i).sort((a, b) => (all[a]?.at ?? 0) - (all[b]?.at ?? 0));
      const sorted = order.map((i) => all[i] as Encounter);
      const final = ratingColumns(sorted, known);
      if (stale || final.join('\n') !== (used ?? final).join('\n'))
        return { csv: encountersCsv(sorted, final), count: all.length };
      const out = [header(final)];
      for (const i of order) out.push(lines[i] as string);
      return { csv: out.join(NEWLINE), count: all.length };
    },
  };
}

/** A local date as YYYY-MM-DD. */
const isoDay = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The coach summary: per week, the number of encounters and each item's average. No notes, no
 * kinds of encounter, no time finer than the week. A person reads it, so its headings are in the
 * user's language and its averages in their locale's notation (without grouping, so a
 * spreadsheet of that locale reads them as numbers); weeks stay ISO dates, unambiguous in any
 * locale and sortable.
 */
export function coachSummaryCsv(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
  locale = uiLocale(),
): string {
  const average = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  });
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
  const lines = [csvLine([i18n.t('data.coachWeek'), i18n.t('data.coachCount'), ...itemIds])];
  for (const [w, row] of [...weeks].sort((a, b) => a[0] - b[0]))
    lines.push(
      csvLine([
        isoDay(w),
        row.n,
        ...itemIds.map((id) => {
          const cell = row.sums.get(id);
          return cell ? average.format(cell[0] / cell[1]) : '';
        }),
      ]),
    );
  return lines.join(NEWLINE);
}
