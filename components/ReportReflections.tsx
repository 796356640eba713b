// The user's own notes in the report: the chooser (on screen only; none is ticked until the user
// ticks it) and the chosen ones as the report prints them.
import { i18n, uiLocale } from '../utils/i18n';
import { own } from '../utils/id-record';

/** A note the report can include. */
export interface ReportNote {
  id: string;
  at: number;
  kind: string;
  note: string;
}

const day = () => new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
const kindName = (names: Readonly<Record<string, string>>, kind: string) =>
  own(names, kind) ?? kind;

/** Props of {@link ReflectionChooser}. */
export interface ReflectionChooserProps {
  notes: readonly ReportNote[];
  chosen: ReadonlySet<string>;
  names: Readonly<Record<string, string>>;
  onToggle: (id: string, include: boolean) => void;
}

/** Every note of the period with a box to include it; each is included only when ticked. */
export function ReflectionChooser({ notes, chosen, names, onToggle }: ReflectionChooserProps) {
  const format = day();
  return (
    <section class="report-choose" aria-labelledby="report-choose-h" data-testid="report-choose">
      <h2 id="report-choose-h">{i18n.t('report.chooseHeading')}</h2>
      <p class="muted">{i18n.t('report.chooseIntro')}</p>
      {notes.length === 0 ? (
        <p class="muted">{i18n.t('report.noNotes')}</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n.id}>
              <label>
                <input
                  type="checkbox"
                  data-testid="report-choose-note"
                  value={n.id}
                  checked={chosen.has(n.id)}
                  onChange={(e) => onToggle(n.id, e.currentTarget.checked)}
                />
                <span>
                  <span class="report-note-meta">
                    {format.format(n.at)} · {kindName(names, n.kind)}
                  </span>
                  <span class="report-note-text">{n.note}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The chosen notes as the report shows them, oldest first; nothing when none is chosen. */
export function ReflectionList({
  notes,
  names,
}: {
  notes: readonly ReportNote[];
  names: Readonly<Record<string, string>>;
}) {
  if (notes.length === 0) return null;
  const format = day();
  return (
    <section
      class="report-block"
      aria-labelledby="report-reflections-h"
      data-testid="report-reflections"
    >
      <h2 id="report-reflections-h">{i18n.t('report.reflectionsHeading')}</h2>
      <ul class="report-reflections">
        {[...notes]
          .sort((a, b) => a.at - b.at)
          .map((n) => (
            <li key={n.id} data-testid="report-reflection">
              <span class="report-note-meta">
                {format.format(n.at)} · {kindName(names, n.kind)}
              </span>
              <blockquote>{n.note}</blockquote>
            </li>
          ))}
      </ul>
    </section>
  );
}
