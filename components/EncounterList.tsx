import type { Encounter } from '../utils/domain';
import { i18n, uiLocale } from '../utils/i18n';
import { own } from '../utils/id-record';

/** Props of {@link EncounterList}. */
export interface EncounterListProps {
  encounters: readonly Encounter[];
  /** Display names of encounter kinds, by id. */
  kindNames: Readonly<Record<string, string>>;
  /** Texts of the rating items, by id; an item no enabled pack names shows its id. */
  itemNames?: ReadonlyMap<string, string>;
  /** Texts of the checklist items, by id. */
  checklistNames?: ReadonlyMap<string, string>;
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
/** The history's date and time format, in the language of the messages. */
export function dateFormat(): Intl.DateTimeFormat {
  const locale = uiLocale();
  if (cached?.locale !== locale)
    cached = {
      locale,
      format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
  return cached.format;
}

/** The encounter history, newest first: items by their texts, the checklist by its items. */
export function EncounterList({
  encounters,
  kindNames,
  itemNames,
  checklistNames,
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
    <table class="history" data-testid="history">
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
          const ratings = Object.entries(e.ratings);
          return (
            <tr key={e.id} data-testid="history-row" data-id={e.id}>
              <td class="when">{when}</td>
              <td data-testid="history-kind">{own(kindNames, e.kind) ?? e.kind}</td>
              <td data-testid="history-ratings">
                {ratings.length > 0 && (
                  <ul class="cell-list">
                    {ratings.map(([id, v]) => (
                      <li key={id} data-testid="history-rating" data-item={id}>
                        {i18n.t('history.ratingLine', {
                          item: itemNames?.get(id) ?? id,
                          value: v,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-testid="history-checklist">
                {e.checklist.length > 0 && (
                  <ul class="cell-list">
                    {e.checklist.map((id) => (
                      <li key={id}>{checklistNames?.get(id) ?? id}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-testid="history-note" class="note">
                {e.note}
              </td>
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
