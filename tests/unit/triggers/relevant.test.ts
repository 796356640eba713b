// @vitest-environment happy-dom
// Which DOM changes make the watcher evaluate the triggers again: records from a real observer.
import { describe, expect, it } from 'vitest';
import { relevant } from '../../../entrypoints/watcher';

/** The records one change to the document produces. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document, { childList: true, subtree: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return seen;
}

describe('relevant', () => {
  document.body.innerHTML = '<h2 id="h">Bed overview</h2><span id="value">72</span>'; // i18n-ignore

  it('ignores a live value changing its text (the monitor page, hundreds a second)', async () => {
    const records = await recordsOf(() => {
      (document.getElementById('value') as HTMLElement).textContent = '75';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(relevant(records)).toBe(false);
  });

  it("sees a heading's text changing and an element added", async () => {
    expect(
      relevant(
        await recordsOf(() => {
          (document.getElementById('h') as HTMLElement).textContent = 'Surgical pathology';
        }),
      ),
    ).toBe(true);
    expect(
      relevant(await recordsOf(() => document.body.append(document.createElement('h3')))),
    ).toBe(true);
  });

  it("ignores the overlay's own host being added", async () => {
    const records = await recordsOf(() =>
      document.documentElement.append(document.createElement('attune-overlay')),
    );
    expect(records.length).toBe(1);
    expect(relevant(records)).toBe(false);
  });
});
