import type { Encounter } from '../storage/db';

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
// cost the options page over 100 ms for a 200-row history.
const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (at: number) => format.format(at);

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
        {filtered ? 'No encounter matches these filters.' : 'No encounters logged yet.'}
      </p>
    );
  return (
    <table data-testid="history">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Encounter</th>
          <th scope="col">Ratings</th>
          <th scope="col">Checklist</th>
          <th scope="col">Note</th>
          <th scope="col">
            <span class="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {encounters.map((e) => (
          <tr key={e.id} data-testid="history-row" data-id={e.id}>
            <td>{when(e.at)}</td>
            <td data-testid="history-kind">{kindNames[e.kind] ?? e.kind}</td>
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
                  aria-label={`Edit the encounter of ${when(e.at)}`}
                  onClick={() => onEdit(e.id)}
                >
                  Edit
                </button>
              )}
              <button
                type="button"
                data-testid="history-delete"
                aria-label={`Delete the encounter of ${when(e.at)}`}
                onClick={() => onDelete(e.id)}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
