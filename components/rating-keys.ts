import type { RatingOption } from '../utils/domain';

/**
 * The rating stored under `id` itself, never one inherited from `Object.prototype` (ids are data).
 * Not utils/id-record's `own`: that module brings valibot into the popup's first load.
 */
export const ratingOf = (ratings: Readonly<Record<string, number>>, id: string) =>
  Object.hasOwn(ratings, id) ? ratings[id] : undefined;

/** Where typing a digit would go: fields that take text keep their digits. */
function typesText(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return (
    el instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(el.type)
  );
}

/**
 * The rating a digit key sets: the item holding focus, else the first unrated one. Null when the
 * key is no digit in that item's scale or focus is in a text field.
 */
export function digitRating(
  e: KeyboardEvent,
  items: readonly RatingOption[],
  ratings: Readonly<Record<string, number>>,
): { itemId: string; value: number; index: number } | null {
  if (e.ctrlKey || e.metaKey || e.altKey || !/^\d$/.test(e.key) || typesText(e.target)) return null;
  const holder = e.target instanceof HTMLElement ? e.target.closest('fieldset.rating') : null;
  const focusedId = holder?.getAttribute('data-testid')?.slice('rating-'.length);
  let index = items.findIndex((i) => i.id === focusedId);
  if (index < 0) index = items.findIndex((i) => ratingOf(ratings, i.id) === undefined);
  const item = items[index];
  const value = Number(e.key);
  if (!item || value < item.min || value > item.max) return null;
  return { itemId: item.id, value, index };
}

/** The element to focus after item `after`: the next unrated item's radio, else Save. */
export function focusTarget(
  form: HTMLElement,
  items: readonly RatingOption[],
  ratings: Readonly<Record<string, number>>,
  after: number,
): HTMLElement | null {
  const next = items.findIndex((i, n) => n > after && ratingOf(ratings, i.id) === undefined);
  const item = items[next];
  if (!item) return form.querySelector<HTMLElement>('[data-testid="save-encounter"]');
  return form.querySelector<HTMLElement>(`[data-testid="rating-${item.id}"] input`);
}
