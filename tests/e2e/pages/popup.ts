import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The popup, opened as a page for a given tab (`popup.html?tab=ID`, see docs/testing.md). */
export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens the popup acting on `forTab` (defaults to no tab: it then picks the active one). */
  static async open(
    context: BrowserContext,
    extensionId: string,
    tabId?: number,
  ): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(
      `chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`,
    );
    await page.getByTestId('save-encounter').waitFor();
    return new PopupPage(page);
  }

  get kind(): Locator {
    return this.page.getByTestId('encounter-kind');
  }

  rating(itemId: string, value: number): Locator {
    return this.page.getByTestId(`rating-${itemId}`).locator(`input[value="${value}"]`);
  }

  get note(): Locator {
    return this.page.getByTestId('encounter-note');
  }

  get save(): Locator {
    return this.page.getByTestId('save-encounter');
  }

  get status(): Locator {
    return this.page.getByTestId('popup-status');
  }
}

/** The id Chromium gives a page's tab, read through the extension's own tabs API. */
export async function tabIdOf(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  const id = await probe.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  await probe.close();
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}
