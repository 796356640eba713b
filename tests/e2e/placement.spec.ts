// The card beside the page being worked in: never over the field being typed into, even once its
// checklist is open and it has grown (or folded to its pill when no corner is clear), and ticks
// that belong to one patient's page only.
import type { BrowserContext, Page } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../../components/overlay-host';
import { expect, serviceWorker, test } from './fixtures';
import { OverlayPage } from './pages/overlay';

interface Watch {
  /** Painted frames in which the reply box had focus. */
  frames: number;
  /** Those in which the card's box (or the pill's) intersected the reply box. */
  covered: string[];
}

/**
 * Checks after every painted frame whether the card, or the pill, intersects the field while the
 * field has focus: what the user would have seen, frame by frame, while typing.
 */
function watchField(page: Page, field: string): Promise<void> {
  return page.evaluate(
    ([fieldSelector, hostSelector]: [string, string]) => {
      const watch: Watch = { frames: 0, covered: [] };
      Object.assign(window, { attuneWatch: watch });
      const el = document.querySelector(fieldSelector) as HTMLElement;
      const check = () => {
        const root = document.querySelector(hostSelector)?.shadowRoot;
        const card = root?.querySelector('[data-testid="nudge"], [data-testid="pill"]');
        if (document.activeElement === el && card) {
          watch.frames++;
          const [a, b] = [card.getBoundingClientRect(), el.getBoundingClientRect()];
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            watch.covered.push(`${Math.round(a.left)},${Math.round(a.top)} ${a.width}×${a.height}`);
        }
        requestAnimationFrame(() => setTimeout(check));
      };
      requestAnimationFrame(() => setTimeout(check));
    },
    [field, OVERLAY_SELECTOR] as [string, string],
  );
}

const watched = (page: Page) =>
  page.evaluate(() => (window as unknown as { attuneWatch: Watch }).attuneWatch);

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
]) {
  test(`at ${viewport.width}×${viewport.height} the card never covers the reply being typed, checklist open or not`, async ({
    context,
    site,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${site}/reply.html`);
    const overlay = new OverlayPage(page);
    // The reply box is docked where the card sits by default.
    await expect(overlay.card).toBeVisible();
    await expect(overlay.host).toHaveAttribute('data-corner', 'bottom-right');
    await watchField(page, '#reply-text');
    const reply = page.locator('#reply-text');

    // Clicked where the card does not sit yet: its left end.
    await reply.click({ position: { x: 30, y: 30 } });
    await reply.pressSequentially('Your blood results are all normal.');
    await expect(overlay.host).not.toHaveAttribute('data-corner', 'bottom-right');

    // The user opens the checklist (the card grows), then goes back to typing.
    await overlay.button('checklist-toggle').click();
    await expect(overlay.checklistItems.first()).toBeVisible();
    await reply.click({ position: { x: 30, y: 30 } });
    await reply.pressSequentially(' No change to your tablets.');
    await expect(reply).toHaveValue(/No change to your tablets\.$/);
    await expect(overlay.card.or(overlay.pill)).toBeVisible();
    const seen = await watched(page);
    expect(seen.frames).toBeGreaterThan(0);
    expect(seen.covered).toEqual([]);
  });
}

/** The ticks the background keeps for the tab showing `url` (storage/tab-record.ts). */
async function tabTicks(context: BrowserContext, url: string): Promise<string[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (address) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
    const key = `tab-${tab?.id}`;
    return ((await chrome.storage.session.get(key))[key] as { ticked?: string[] })?.ticked ?? [];
  }, url);
}

test("a tick on one patient's page does not show on the next patient's page in the same tab", async ({
  context,
  site,
}) => {
  // One site may show a second card at once (the gap between cards would hold it back).
  const worker = await serviceWorker(context);
  await worker.evaluate(async () => {
    const stored = (await chrome.storage.local.get('nudge-settings'))['nudge-settings'] as object;
    await chrome.storage.local.set({ 'nudge-settings': { ...stored, minGapMinutes: 0 } });
  });
  const overlay = await OverlayPage.open(context, `${site}/results.html`);
  await overlay.button('checklist-toggle').click();
  await overlay.checklistItems.nth(0).check();
  await overlay.checklistItems.nth(1).check();
  await expect(overlay.button('checklist-toggle')).toContainText('(2/');
  await expect.poll(() => tabTicks(context, overlay.page.url())).toHaveLength(2);

  await overlay.page.goto(`${site}/discharge.html`);
  await expect(overlay.card).toBeVisible();
  await expect(overlay.button('checklist-toggle')).toContainText('(0/');
  await overlay.button('checklist-toggle').click();
  await expect(overlay.checklistItems.first()).toBeVisible();
  await expect(overlay.host.locator('[data-testid="checklist-item"]:checked')).toHaveCount(0);
});
