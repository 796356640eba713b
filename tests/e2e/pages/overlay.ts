import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { OVERLAY_SELECTOR } from '../../../components/overlay-host';

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

  button(
    testId:
      | 'nudge-used'
      | 'nudge-snooze'
      | 'nudge-dismiss'
      | 'nudge-copy'
      | 'nudge-collapse'
      | 'nudge-snooze-day'
      | 'checklist-toggle'
      | 'pill'
      | 'pill-checklist'
      | 'reason-no-time'
      | 'reason-skip',
  ): Locator {
    return this.host.getByTestId(testId);
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
