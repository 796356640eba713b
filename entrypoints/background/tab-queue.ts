// One tab's decisions run in order: reports from the top frame and its frames arrive together, and
// the overlay's messages race the next report. Every job that reads and writes a tab record
// goes through here. Deciding whether to show a card also runs in one queue across all tabs: the
// hourly cap and the gap between cards on a site count every tab's cards.

const queues = new Map<number, Promise<unknown>>();
let decisions: Promise<unknown> = Promise.resolve();

/** Runs `task` after every earlier task of the same tab. */
export function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  queues.set(
    tabId,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Runs `task` after every earlier decision of any tab. Called from inside a tab's `serial` job
 * (never the other way round, so neither queue waits on the other in a cycle); a task must not
 * wait on the page (the injection runs after it).
 */
export function serialDecision<T>(task: () => Promise<T>): Promise<T> {
  const next = decisions.then(task, task);
  decisions = next.catch(() => undefined);
  return next;
}

/** Forgets a closed tab's queue. */
export function forgetQueue(tabId: number): void {
  queues.delete(tabId);
}
