import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../../../components/overlay-host';

/** The choices behind the card's "Not now" button. */
export const NOT_NOW_CHOICES = [
  'nudge-hide-page',
  'nudge-snooze',
  'nudge-snooze-day',
  'nudge-dismiss',
] as const;
export type NotNowChoice = (typeof NOT_NOW_CHOICES)[number];

/** The Attune overlay on a clinical page (its shadow root is open in the e2e build). */
export class OverlayPage {
  constructor(readonly page: Page) {}

  /** Opens `url` in a new tab and waits for the nudge card to show there. */
  static async open(context: BrowserContext, url: string): Promise<OverlayPage> {
    const page = await context.newPage();
    await page.goto(url);
    const overlay = new OverlayPage(page);
    await expect(overlay.card).toBeVisible();
    return overlay;
  }

  /** The shadow host element. */
  get host(): Locator {
    return this.page.locator(OVERLAY_SELECTOR);
  }

  get card(): Locator {
    return this.host.getByTestId('nudge');
  }

  get text(): Locator {
    return this.host.getByTestId('nudge-text');
  }

  /** Drags the card by its title with the mouse and lets go at (`x`, `y`) in the viewport. */
  async dragTitleTo(x: number, y: number): Promise<void> {
    const title = this.host.locator('.title');
    await expect(title).toBeVisible();
    const box = await title.boundingBox();
    if (!box) throw new Error('no title');
    await this.page.mouse.move(box.x + 5, box.y + 5);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y, { steps: 5 });
    await this.page.mouse.up();
  }

  /**
   * A control of the card. A "Not now" choice (an hour, today, this page, not for this moment)
   * sits in the menu the "Not now" button opens: clicking its locator opens the menu first, as
   * a user would.
   */
  button(
    testId:
      | 'nudge-used'
      | 'nudge-copy'
      | 'nudge-collapse'
      | 'nudge-close'
      | 'nudge-not-now'
      | 'nudge-back'
      | 'nudge-next'
      | 'nudge-why'
      | 'checklist-toggle'
      | 'pill'
      | 'pill-checklist'
      | 'reason-no-time'
      | 'reason-skip'
      | NotNowChoice,
  ): Locator {
    const control = this.host.getByTestId(testId);
    return (NOT_NOW_CHOICES as readonly string[]).includes(testId) ? this.inMenu(control) : control;
  }

  /** Opens the "Not now" menu (if closed) and clicks one of its choices. */
  async notNow(choice: NotNowChoice): Promise<void> {
    await this.button(choice).click();
  }

  /** `control`, whose click opens the "Not now" menu first when it is closed. */
  private inMenu(control: Locator): Locator {
    const toggle = this.host.getByTestId('nudge-not-now');
    const click: Locator['click'] = async (options) => {
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await control.click(options);
    };
    return new Proxy(control, {
      get: (target, key) => {
        if (key === 'click') return click;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  get pill(): Locator {
    return this.host.getByTestId('pill');
  }

  /** The moment the shown prompt was chosen for. */
  moment(): Promise<string | null> {
    return this.card.getAttribute('data-moment');
  }

  get checklistItems(): Locator {
    return this.host.getByTestId('checklist-item');
  }
}
