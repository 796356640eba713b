import type { Encounter } from '../utils/domain';
import { i18n, uiLocale } from '../utils/i18n';
import { own } from '../utils/id-record';

/** Props of {@link EncounterList}. */
export interface EncounterListProps {
  encounters: readonly Encounter[];
  /** Display names of encounter kinds, by id. */
  kindNames: Readonly<Record<string, string>>;
  onDelete: (id: string) => void;
  /** Opens the editor for an encounter; the Edit button shows only when given. */
  onEdit?: (id: string) => void;
  /** A filter is narrowing the list: an empty list then means nothing matched, not nothing logged. */
  filtered?: boolean;
}

// One formatter for every row: `toLocaleString` with options builds a new one per call, which
// cost the options page over 100 ms for a 200-row history. Made on first use, not at load: the
// locale comes from browser.i18n (the language of the messages), read when rendering.
let cached: { locale: string; format: Intl.DateTimeFormat } | undefined;
function dateFormat(): Intl.DateTimeFormat {
  const locale = uiLocale();
  if (cached?.locale !== locale)
    cached = {
      locale,
      format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
  return cached.format;
}

/** The encounter history, newest first. */
export function EncounterList({
  encounters,
  kindNames,
  onDelete,
  onEdit,
  filtered = false,
}: EncounterListProps) {
  if (encounters.length === 0)
    return (
      <p data-testid="history-empty">
        {filtered ? i18n.t('history.noMatch') : i18n.t('history.noneYet')}
      </p>
    );
  const format = dateFormat();
  return (
    <table data-testid="history">
      <thead>
        <tr>
          <th scope="col">{i18n.t('history.colWhen')}</th>
          <th scope="col">{i18n.t('history.encounter')}</th>
          <th scope="col">{i18n.t('history.colRatings')}</th>
          <th scope="col">{i18n.t('history.colChecklist')}</th>
          <th scope="col">{i18n.t('history.colNote')}</th>
          <th scope="col">
            <span class="sr-only">{i18n.t('history.colActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {encounters.map((e) => {
          const when = format.format(e.at);
          return (
            <tr key={e.id} data-testid="history-row" data-id={e.id}>
              <td>{when}</td>
              <td data-testid="history-kind">{own(kindNames, e.kind) ?? e.kind}</td>
              <td data-testid="history-ratings">
                {Object.entries(e.ratings)
                  .map(([k, v]) => `${k} ${v}`)
                  .join(', ')}
              </td>
              <td>{e.checklist.length}</td>
              <td data-testid="history-note">{e.note}</td>
              <td class="actions">
                {onEdit && (
                  <button
                    type="button"
                    data-testid="history-edit"
                    aria-label={i18n.t('history.editLabel', { when })}
                    onClick={() => onEdit(e.id)}
                  >
                    {i18n.t('common.edit')}
                  </button>
                )}
                <button
                  type="button"
                  data-testid="history-delete"
                  aria-label={i18n.t('history.deleteLabel', { when })}
                  onClick={() => onDelete(e.id)}
                >
                  {i18n.t('common.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
