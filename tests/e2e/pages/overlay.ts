import type { Locator, Page } from '@playwright/test';

/** The Attune overlay on a clinical page (its shadow root is open in the e2e build). */
export class OverlayPage {
  constructor(readonly page: Page) {}

  /** The shadow host element. */
  get host(): Locator {
    return this.page.locator('attune-overlay');
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
      | 'checklist-toggle',
  ): Locator {
    return this.host.getByTestId(testId);
  }

  get checklistItems(): Locator {
    return this.host.getByTestId('checklist-item');
  }
}
