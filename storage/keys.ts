// The storage keys the popup's first paint reads itself, in one call per storage area. Defining
// a WXT storage item reads it from storage at once (one round trip each, even unused), so the
// first paint defines none and reads these raw; the items below use the same keys. All are at
// version 1 with no migrations, so the raw value is the item's value.

/** Keys in `browser.storage.local`. */
export const LOCAL_KEYS = {
  sites: 'sites',
  quietMode: 'quiet-mode',
  formOptions: 'form-options',
  draft: 'draft',
  /** The kind of the last entry saved from the popup: the next entry's default. */
  lastKind: 'last-kind',
} as const;

/** A tab's encounter record in `browser.storage.session`. */
export const tabKey = (tabId: number) => `tab-${tabId}` as const;
