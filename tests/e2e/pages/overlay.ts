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
