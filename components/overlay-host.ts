/** The overlay's host element on a clinical page (entrypoints/overlay/); the watcher ignores it. */
export const OVERLAY_HOST = 'attune-overlay';
