// One tab's decisions run in order: reports from the top frame and its frames arrive together, and
// the overlay's messages race the next report. Every job that reads and writes a tab record
// goes through here.

const queues = new Map<number, Promise<unknown>>();

/** Runs `task` after every earlier task of the same tab. */
export function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  queues.set(
    tabId,
    next.catch(() => undefined),
  );
  return next;
}

/** Forgets a closed tab's queue. */
export function forgetQueue(tabId: number): void {
  queues.delete(tabId);
}
