// Next week's focus skill from the self-ratings: the item rated lowest lately suggests the
// training component whose prompts the nudges then bring first (settings' `focusComponent`).
// Pure: the view reads and writes the setting.
import type { Component } from '../prompts/schema';

/**
 * The training component each built-in self-rating item practises (core-empathy's items; the
 * Spanish edition shares their ids). A trainer's own items have no entry: the user picks the
 * skill. A `component` field on rating items would let packs say this themselves.
 */
const ITEM_COMPONENTS: ReadonlyMap<string, Component> = new Map<string, Component>([
  ['let-finish', 'communication-skills'],
  ['open-question', 'communication-skills'],
  ['checked-understanding', 'communication-skills'],
  ['named-emotion', 'empathy-emotion-regulation'],
  ['full-attention', 'self-awareness'],
]);

/** The focus skill a low self-rating item suggests, or null when the item names none. */
export function suggestedComponent(itemId: string): Component | null {
  return ITEM_COMPONENTS.get(itemId) ?? null;
}
