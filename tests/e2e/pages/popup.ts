import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The popup, opened as a page for a given tab (`popup.html?tab=ID`, see docs/testing.md). */
export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens the popup acting on `forTab` (defaults to no tab: it then picks the active one). */
  static async open(
    context: BrowserContext,
    extensionId: string,
    tabId?: number,
    /** The window's size: Chrome shows a popup at most 800×600, sized to its content. */
    viewport?: { width: number; height: number },
  ): Promise<PopupPage> {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
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

  /** The question whether to carry the card's ticks into the entry. */
  get tickOffer(): Locator {
    return this.page.getByTestId('tick-offer');
  }

  /** The checklist's boxes in the entry. */
  get checklistItems(): Locator {
    return this.page.getByTestId('checklist-item');
  }

  /**
   * Makes this page's database refuse new rows as a browser out of quota does, with a
   * QuotaExceededError from IndexedDB itself (`IDBObjectStore.add`, which the popup's save calls
   * through Dexie). A real quota cannot be used: Chromium ignores DevTools' quota override for
   * an extension's IndexedDB (no write was refused in 45 s of trying), and filling the disk would
   * fill it for the whole machine.
   */
  refuseNewRows(): Promise<void> {
    return this.page.evaluate(() => {
      const store = IDBObjectStore.prototype as IDBObjectStore & {
        realAdd?: IDBObjectStore['add'];
      };
      store.realAdd ??= store.add;
      store.add = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  }

  /** Lets the database store rows again (undoes {@link refuseNewRows}). */
  acceptNewRows(): Promise<void> {
    return this.page.evaluate(() => {
      const store = IDBObjectStore.prototype as IDBObjectStore & {
        realAdd?: IDBObjectStore['add'];
      };
      if (store.realAdd) store.add = store.realAdd;
    });
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
