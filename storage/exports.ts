// The files a user can export besides the backup: CSV for a spreadsheet, a summary for a coach.
// Both are for people: headings and names in words, times in local time. The JSON backup is the
// machine-readable export and keeps every id.

import type { Encounter } from '../utils/domain';
import { i18n, uiLocale } from '../utils/i18n';
import { own } from '../utils/id-record';
import { weekStart } from './trends';

/** Readable names of the ids an encounter holds; an id with no name is written as itself. */
export interface CsvNames {
  /** Rating item id → its text (the column header). */
  items?: ReadonlyMap<string, string>;
  /** Moment id → its name. */
  kinds?: ReadonlyMap<string, string>;
  /** Checklist item id → its text. */
  checklist?: ReadonlyMap<string, string>;
  /** Prompt id → its title. */
  prompts?: ReadonlyMap<string, string>;
}

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

const two = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** A local date as YYYY-MM-DD. */
const isoDay = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
};

/**
 * A moment as local date and time, `YYYY-MM-DD HH:MM`: the form Excel, Google Sheets and
 * LibreOffice all read as a date-time whatever their locale (an ISO `T` or an offset inside the
 * cell makes most of them keep it as text).
 */
export function localDateTime(at: number): string {
  const d = new Date(at);
  return `${isoDay(at)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * The local time's offset from UTC at that moment, `UTC+01:00`: makes the time unambiguous. The
 * `UTC` keeps a spreadsheet from reading a leading `+` or `-` as a formula.
 */
export function utcOffset(at: number): string {
  const minutes = -new Date(at).getTimezoneOffset();
  return `UTC${minutes < 0 ? '-' : '+'}${two(Math.trunc(minutes / 60))}:${two(minutes % 60)}`;
}

/** The name of an id, or the id itself. */
const named = (names: ReadonlyMap<string, string> | undefined, id: string) => names?.get(id) ?? id;

/**
 * Column headers of the rating items: their texts; an item whose text another column already
 * has gets its id in brackets, so every header is unique.
 */
export function itemHeaders(itemIds: readonly string[], names?: ReadonlyMap<string, string>) {
  const texts = itemIds.map((id) => named(names, id));
  return texts.map((t, i) =>
    texts.indexOf(t) === i && texts.lastIndexOf(t) === i ? t : `${t} (${itemIds[i]})`,
  );
}

/** The header line: readable, in the user's language, one column per rating item. */
function header(itemIds: readonly string[], names: CsvNames): string {
  return csvLine([
    i18n.t('data.csvWhen'),
    i18n.t('data.csvOffset'),
    i18n.t('data.csvKind'),
    ...itemHeaders(itemIds, names.items),
    i18n.t('data.csvChecklist'),
    i18n.t('data.csvPrompts'),
    i18n.t('data.csvNote'),
    i18n.t('data.csvId'),
  ]);
}

/** The CSV line of one encounter, one cell per rating item. */
function encounterLine(e: Encounter, itemIds: readonly string[], names: CsvNames): string {
  let line = `${localDateTime(e.at)},${utcOffset(e.at)},${csvCell(named(names.kinds, e.kind))}`;
  for (const id of itemIds) line += `,${own(e.ratings, id) ?? ''}`;
  const list = (ids: readonly string[], m?: ReadonlyMap<string, string>) =>
    csvCell(ids.map((id) => named(m, id)).join('; '));
  return `${line},${list(e.checklist, names.checklist)},${list(e.promptsUsed, names.prompts)},${csvCell(e.note)},${csvCell(e.id)}`;
}

/** One row per encounter, one column per rating item; formula-like cells are escaped. */
export function encountersCsv(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
  names: CsvNames = {},
): string {
  const lines = [header(itemIds, names)];
  for (const e of encounters) lines.push(encounterLine(e, itemIds, names));
  return lines.join(NEWLINE);
}

/**
 * Builds the same CSV as {@link encountersCsv} (rows oldest first, columns from
 * {@link ratingColumns}) from pages of encounters in any order, formatting each page as it
 * arrives, so the work overlaps the reading of the next page.
 */
export function csvBuilder(known: readonly string[], names: CsvNames = {}) {
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
        if (!stale) lines.push(encounterLine(e, used, names));
      }
    },
    /** The finished file and its number of rows. */
    finish(): { csv: string; count: number } {
      const order = all.map((_, i) => i).sort((a, b) => (all[a]?.at ?? 0) - (all[b]?.at ?? 0));
      const sorted = order.map((i) => all[i] as Encounter);
      const final = ratingColumns(sorted, known);
      if (stale || final.join('\n') !== (used ?? final).join('\n'))
        return { csv: encountersCsv(sorted, final, names), count: all.length };
      const out = [header(final, names)];
      for (const i of order) out.push(lines[i] as string);
      return { csv: out.join(NEWLINE), count: all.length };
    },
  };
}

/**
 * The coach summary: per week, the number of encounters and each item's average. No notes, no
 * kinds of encounter, no time finer than the week. A person reads it, so its headings are in the
 * user's language (the items by their texts) and its averages in their locale's notation
 * (without grouping, so a spreadsheet of that locale reads them as numbers); weeks stay ISO
 * dates, unambiguous in any locale and sortable.
 */
export function coachSummaryCsv(
  encounters: readonly Encounter[],
  itemIds: readonly string[],
  locale = uiLocale(),
  items?: ReadonlyMap<string, string>,
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
  const lines = [
    csvLine([i18n.t('data.coachWeek'), i18n.t('data.coachCount'), ...itemHeaders(itemIds, items)]),
  ];
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
