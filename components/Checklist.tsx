import type { ChecklistItem } from '../utils/domain';

// A domain type (utils/domain.ts); re-exported for the component's callers.
export type { ChecklistItem };

/** Props of {@link Checklist}. */
export interface ChecklistProps {
  items: readonly ChecklistItem[];
  ticked: readonly string[];
  onToggle: (id: string, ticked: boolean) => void;
  /** Prefix that keeps input ids unique when two checklists share a document. */
  idPrefix: string;
}

/** The active-listening checklist: one checkbox per item, ticks owned by the caller. */
export function Checklist({ items, ticked, onToggle, idPrefix }: ChecklistProps) {
  return (
    <ul class="checklist" data-testid="checklist">
      {items.map((item) => {
        const id = `${idPrefix}-${item.id}`;
        return (
          <li key={item.id}>
            <input
              id={id}
              type="checkbox"
              data-testid="checklist-item"
              data-item={item.id}
              checked={ticked.includes(item.id)}
              onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
            />
            <label for={id}>{item.text}</label>
          </li>
        );
      })}
    </ul>
  );
}
