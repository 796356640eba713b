import { expect, test } from './fixtures';
import { OverlayPage } from './pages/overlay';

// The e2e build's `?attune-watch=timer-<ms>` switch (prompts/triggers/changes.ts): with a look
// every ten minutes, only a navigation event can bring the watcher to the new screen in a test.
const NO_TIMER = 'attune-watch=timer-600000';

test('a route change by history.pushState shows its card from the navigation event, not the timer', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site}/spa.html?${NO_TIMER}`);
  // The watcher has its triggers and has looked at the schedule screen (the e2e build marks each
  // evaluation on the page's timeline), which matches no moment.
  await page.waitForFunction(() => performance.getEntriesByName('attune-evaluate').length > 0);
  await page.click('#nav-pathology'); // the app calls history.pushState, then renders
  const overlay = new OverlayPage(page);
  await expect(overlay.card).toBeVisible();
  expect(await overlay.moment()).toBe('diagnostic-results');
  expect(page.url()).toContain('view=pathology');
});
