// The report's count tables: encounters by kind, checklist habits, prompts practised. Pure: ids
// and counts in, names looked up in `names` (an id with no name shows as it is).
import { i18n, uiLocale } from '../utils/i18n';
import { own } from '../utils/id-record';

/** Props shared by the report's tables. */
interface TableProps {
  rows: readonly [string, number][];
  names: Readonly<Record<string, string>>;
}

const num = (n: number) => n.toLocaleString(uiLocale());
const name = (names: Readonly<Record<string, string>>, id: string) => own(names, id) ?? id;

/** One titled two-column table of names and counts, or a line saying there is none. */
function CountTable({
  testId,
  heading,
  nameCol,
  countCol,
  empty,
  rows,
  names,
  cell = (n) => num(n),
  intro,
}: TableProps & {
  testId: string;
  heading: string;
  nameCol: string;
  countCol: string;
  empty: string;
  cell?: (n: number) => string;
  intro?: string;
}) {
  return (
    <section class="report-block" data-testid={testId} aria-labelledby={`${testId}-h`}>
      <h2 id={`${testId}-h`}>{heading}</h2>
      {rows.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <>
          {intro && <p class="report-intro">{intro}</p>}
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">{nameCol}</th>
                <th scope="col" class="num">
                  {countCol}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, n]) => (
                <tr key={id} data-id={id}>
                  <th scope="row">{name(names, id)}</th>
                  <td class="num">{cell(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Encounters by kind, most first. */
export function ReportKinds({ rows, names }: TableProps) {
  return (
    <CountTable
      testId="report-kinds"
      heading={i18n.t('report.kindsHeading')}
      nameCol={i18n.t('report.colKind')}
      countCol={i18n.t('report.colEncounters')}
      empty={i18n.t('report.none')}
      rows={rows}
      names={names}
    />
  );
}

/** How often each checklist item was ticked, out of the encounters that used the checklist. */
export function ReportChecklist({ rows, names, used }: TableProps & { used: number }) {
  const percent = new Intl.NumberFormat(uiLocale(), { style: 'percent' });
  return (
    <CountTable
      testId="report-checklist"
      heading={i18n.t('report.checklistHeading')}
      nameCol={i18n.t('report.colItem')}
      countCol={i18n.t('report.colTicked')}
      intro={i18n.t('report.checklistUsed', used, [num(used)])}
      empty={i18n.t('report.noChecklist')}
      rows={used === 0 ? [] : rows}
      names={names}
      cell={(n) =>
        i18n.t('report.tickedOf', { n: num(n), percent: percent.format(used ? n / used : 0) })
      }
    />
  );
}

/** Prompts marked as used, most first, by their titles. */
export function ReportPrompts({ rows, names }: TableProps) {
  return (
    <CountTable
      testId="report-prompts"
      heading={i18n.t('report.promptsHeading')}
      nameCol={i18n.t('report.colPrompt')}
      countCol={i18n.t('report.colTimes')}
      empty={i18n.t('report.noPrompts')}
      rows={rows}
      names={names}
    />
  );
}
